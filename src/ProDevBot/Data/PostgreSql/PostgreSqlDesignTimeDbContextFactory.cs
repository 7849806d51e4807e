using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ProDevBot.Data.PostgreSql;

/// <summary>Lets `dotnet ef migrations add --context PostgreSqlProDevDbContext` build the model; no server is contacted.</summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlProDevDbContext>
{
    public PostgreSqlProDevDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlProDevDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
