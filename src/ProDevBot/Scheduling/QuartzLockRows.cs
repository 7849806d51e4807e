using Npgsql;
using ProDevBot.Data;

namespace ProDevBot.Scheduling;

/// <summary>
/// PostgreSQL only: writes Quartz's two lock rows for this scheduler before Quartz first takes them. Quartz inserts a
/// missing lock row itself, but instances started at the same moment on a new schema race to insert it, and the loser
/// waits a retry period (Quartz's clock) inside an open transaction, holding up its start-up. With the rows present,
/// every instance simply queues for the row lock. The insert is idempotent, so every start runs it.
/// </summary>
internal sealed class QuartzLockRows(DatabaseSettings database, string schedulerName) : IHostedService
{
    /// <summary>The lock names Quartz's row-lock semaphore takes.</summary>
    internal static readonly string[] LockNames = ["TRIGGER_ACCESS", "STATE_ACCESS"];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.IsPostgreSql)
        {
            return; // SQLite: one instance, and Quartz provisions its own tables and rows
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand(
            "INSERT INTO qrtz_locks (sched_name, lock_name) SELECT @name, unnest(@locks) ON CONFLICT DO NOTHING", connection);
        insert.Parameters.AddWithValue("name", schedulerName);
        insert.Parameters.AddWithValue("locks", LockNames);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
