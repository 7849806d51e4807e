using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProDevBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class NudgesAndProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MutedNudges",
                table: "Enrollments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PausedUntil",
                table: "Enrollments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "Enrollments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ChannelId",
                table: "Cohorts",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            // Cohorts created before nudges existed get the default nudge times, not midnight.
            migrationBuilder.AddColumn<TimeOnly>(
                name: "DeadlineReminderAt",
                table: "Cohorts",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeOnly(9, 0, 0));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "GroupReminderAt",
                table: "Cohorts",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeOnly(12, 30, 0));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "KickoffAt",
                table: "Cohorts",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeOnly(9, 0, 0));

            migrationBuilder.CreateTable(
                name: "CohortPauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<string>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CohortPauses_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliverableCompletions",
                columns: table => new
                {
                    StudentId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Module = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliverableId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliverableCompletions", x => new { x.StudentId, x.Module, x.DeliverableId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CohortPauses_CohortId",
                table: "CohortPauses",
                column: "CohortId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CohortPauses");

            migrationBuilder.DropTable(
                name: "DeliverableCompletions");

            migrationBuilder.DropColumn(
                name: "MutedNudges",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "PausedUntil",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "ChannelId",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "DeadlineReminderAt",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "GroupReminderAt",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "KickoffAt",
                table: "Cohorts");
        }
    }
}
