using Npgsql;
using ProDevBot.Data;

namespace ProDevBot.Cohorts;

/// <summary>
/// Keeps every instance's <see cref="StudentCohorts"/> cache true to the database: a join or leave on one instance is
/// sent with NOTIFY and each instance, listening on a connection of its own, forgets that student at once. If the
/// listening connection drops, notices may have been missed, so the whole cache is forgotten before listening again.
/// </summary>
internal sealed class PostgreSqlCohortCacheSync(
    DatabaseSettings database,
    StudentCohorts students,
    CohortCacheChanges changes,
    ILogger<PostgreSqlCohortCacheSync> logger) : BackgroundService
{
    private const string Channel = "prodevbot_student_cohorts";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Dedicated());
                connection.Notification += (_, notice) => Forget(notice.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                students.ForgetAllLocal(); // anything cached before we listened may be stale
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                logger.LogWarning("Lost the cohort cache listener ({Error}); listening again", error.GetType().Name);
                students.ForgetAllLocal();
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await foreach (var studentId in changes.Pending.ReadAllAsync(stoppingToken).WithCancellation(stoppingToken))
        {
            try
            {
                await using var notify = source.CreateCommand("SELECT pg_notify(@channel, @payload)");
                notify.Parameters.AddWithValue("channel", Channel);
                notify.Parameters.AddWithValue("payload", studentId);
                await notify.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // Not fatal: the other instances' entries still expire after StudentCohorts.KeepFor.
                logger.LogWarning("Could not tell other instances about an enrollment change ({Error})", error.GetType().Name);
            }
        }
    }

    private void Forget(string payload)
    {
        if (payload == CohortCacheChanges.All)
        {
            students.ForgetAllLocal();
        }
        else
        {
            students.ForgetLocal(payload);
        }
    }

    private string Dedicated() =>
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString;
}
