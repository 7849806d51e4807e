using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProDevBot.Data.PostgreSql.Migrations
{
    /// <summary>
    /// Quartz's ADO job store tables (default prefix qrtz_) for the PostgreSQL set, following the schema Quartz 4.7.3
    /// documents for PostgreSQL. Created here rather than by Quartz at run time: the bot's role then needs no DDL rights
    /// after migrating, and every instance of a cluster starts against tables that already exist. Not in the EF model.
    /// </summary>
    [DbContext(typeof(PostgreSqlProDevDbContext))]
    [Migration("20261202070000_QuartzTables")]
    public partial class QuartzTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzPostgreSqlSchema.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzPostgreSqlSchema.Drop);
        }
    }
}
