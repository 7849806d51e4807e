using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProDevBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class RosterOptOutsNudgeRunsAndClickOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeliverableClicks",
                columns: table => new
                {
                    StudentId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Module = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliverableId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActionTs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliverableClicks", x => new { x.StudentId, x.Module, x.DeliverableId });
                });

            migrationBuilder.CreateTable(
                name: "NudgeRuns",
                columns: table => new
                {
                    CohortId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Occurrence = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RanAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NudgeRuns", x => new { x.CohortId, x.Occurrence });
                });

            migrationBuilder.CreateTable(
                name: "RosterOptOuts",
                columns: table => new
                {
                    StudentId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterOptOuts", x => x.StudentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_CreatedAt",
                table: "OutboxMessages",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeliverableClicks");

            migrationBuilder.DropTable(
                name: "NudgeRuns");

            migrationBuilder.DropTable(
                name: "RosterOptOuts");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_CreatedAt",
                table: "OutboxMessages");
        }
    }
}
