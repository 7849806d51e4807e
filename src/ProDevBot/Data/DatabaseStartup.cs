using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace ProDevBot.Data;

public static class DatabaseStartup
{
    private const string MigrationLockTable = "__EFMigrationsLock";

    /// <summary>
    /// The seed of the PostgreSQL advisory lock held around migrating (any fixed number; "ProDev" in ASCII), hashed with
    /// the schema's name: deployments in other schemas of the same database migrate without waiting on this one.
    /// </summary>
    internal const long MigrationLockKey = 0x50726F446576;

    /// <summary>
    /// Applies pending migrations before the bot takes requests. On PostgreSQL several instances may start at once:
    /// each waits for a session advisory lock, so one migrates and the rest find nothing pending (EF's own lock does
    /// not cover creating its history table, where two first starts collided). On SQLite, WAL lets readers and the
    /// writer overlap, and a lock row left by a start-up killed mid-migration is cleared first: EF Core waits for that
    /// row forever, and with SQLite the bot runs as a single instance, so no other process can be migrating this file.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await MigrateAsync(app.Services, app.Logger, CancellationToken.None);
    }

    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        if (settings.IsPostgreSql)
        {
            await MigrateUnderAdvisoryLockAsync(db, settings.ConnectionString, cancellationToken);
            return;
        }

        if (await ClearStaleMigrationLockAsync(db) > 0)
        {
            logger.LogWarning("Cleared a migration lock left by an earlier start that did not finish; migrating now");
        }

        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    private static async Task MigrateUnderAdvisoryLockAsync(ProDevDbContext db, string connectionString, CancellationToken cancellationToken)
    {
        // A connection of its own, outside the pool's reuse: the session lock ends with it even if the process dies.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        long key;
        await using (var hash = new NpgsqlCommand("SELECT hashtextextended(coalesce(current_schema(), ''), @seed)", connection))
        {
            hash.Parameters.AddWithValue("seed", MigrationLockKey);
            key = (long)(await hash.ExecuteScalarAsync(cancellationToken))!;
        }

        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", key);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // EF reads the history table before creating it, and logs that read's failure as an error on a new schema.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", key);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
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
