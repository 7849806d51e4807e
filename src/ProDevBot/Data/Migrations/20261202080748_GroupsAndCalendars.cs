using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProDevBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class GroupsAndCalendars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarSubscriptions",
                columns: table => new
                {
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Feed = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarSubscriptions", x => x.TokenHash);
                });

            migrationBuilder.CreateTable(
                name: "CohortGroupSettings",
                columns: table => new
                {
                    CohortId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DefaultRoomUrl = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    DirectMessages = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortGroupSettings", x => x.CohortId);
                });

            migrationBuilder.CreateTable(
                name: "StudentGroups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Round = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Module = table.Column<int>(type: "INTEGER", nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RoomUrl = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    FormedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FormedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudentGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GroupMembers",
                columns: table => new
                {
                    GroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    StudentId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Round = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CohortId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Module = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupMembers", x => new { x.GroupId, x.StudentId });
                    table.ForeignKey(
                        name: "FK_GroupMembers_StudentGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "StudentGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarSubscriptions_UserId_Feed",
                table: "CalendarSubscriptions",
                columns: new[] { "UserId", "Feed" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_Round_StudentId",
                table: "GroupMembers",
                columns: new[] { "Round", "StudentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_StudentId",
                table: "GroupMembers",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_StudentGroups_Kind_Week",
                table: "StudentGroups",
                columns: new[] { "Kind", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_StudentGroups_Round_Number",
                table: "StudentGroups",
                columns: new[] { "Round", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarSubscriptions");

            migrationBuilder.DropTable(
                name: "CohortGroupSettings");

            migrationBuilder.DropTable(
                name: "GroupMembers");

            migrationBuilder.DropTable(
                name: "StudentGroups");
        }
    }
}
