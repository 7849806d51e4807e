using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProDevBot.Data.PostgreSql.Migrations
{
    /// <summary>
    /// The per-method Slack call schedule the instances of a cluster share (SlackPacing/PostgreSqlSlackSlots): the next
    /// free slot of each method, in UTC ticks. PostgreSQL only (SQLite means one instance, which paces in memory), and
    /// not in the EF model: one raw upsert reads and writes it.
    /// </summary>
    [DbContext(typeof(PostgreSqlProDevDbContext))]
    [Migration("20261202140000_SharedSlackSlots")]
    public partial class SharedSlackSlots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE slack_call_slots (method text PRIMARY KEY, next_free_ticks bigint NOT NULL);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE slack_call_slots;");
        }
    }
}
