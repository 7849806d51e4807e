using Microsoft.EntityFrameworkCore;

namespace ProDevBot.Data;

public static class DatabaseStartup
{
    private const string MigrationLockTable = "__EFMigrationsLock";

    /// <summary>
    /// Applies pending migrations before the bot takes requests; WAL lets readers and the writer overlap. On SQLite a
    /// lock row left by a start-up killed mid-migration is cleared first: EF Core waits for that row forever, and with
    /// SQLite the bot runs as a single instance, so no other process can be migrating this file.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        if (db.Database.IsSqlite() && await ClearStaleMigrationLockAsync(db) > 0)
        {
            app.Logger.LogWarning("Cleared a migration lock left by an earlier start that did not finish; migrating now");
        }

        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    private static async Task<int> ClearStaleMigrationLockAsync(ProDevDbContext db)
    {
        var tables = await db.Database
            .SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "sqlite_master" WHERE "type" = 'table' AND "name" = {MigrationLockTable}""")
            .SingleAsync();
        return tables == 0 ? 0 : await db.Database.ExecuteSqlRawAsync($"""DELETE FROM "{MigrationLockTable}" """);
    }
}
