using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ProDevBot.Data;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the bot (which loads the curriculum).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ProDevDbContext>
{
    public ProDevDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ProDevDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
