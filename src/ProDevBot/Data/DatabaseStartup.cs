using Microsoft.EntityFrameworkCore;

namespace ProDevBot.Data;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations before the bot takes requests; WAL lets readers and the writer overlap.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
