using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProDevBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoachSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoachSettings",
                columns: table => new
                {
                    CoachId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DigestOff = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachSettings", x => x.CoachId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoachSettings");
        }
    }
}
