using Npgsql;

namespace ProDevBot.Data.Cluster;

/// <summary>
/// One LISTEN connection per instance for every <see cref="IClusterNoticeListener"/>, and one sender for
/// <see cref="ClusterNotices.Publish"/>. If the listening connection drops, each listener is told it may have missed
/// notices before listening resumes. NOTIFY channels are the whole database's, so each is suffixed with a hash of the
/// schema: two deployments in one database (as the tests run) never hear each other.
/// </summary>
internal sealed class PostgreSqlClusterNotices(
    DatabaseSettings database,
    ClusterNotices notices,
    IEnumerable<IClusterNoticeListener> listeners,
    ILogger<PostgreSqlClusterNotices> logger) : BackgroundService
{
    private readonly Dictionary<string, IClusterNoticeListener[]> _byChannel =
        listeners.GroupBy(l => l.Channel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private string _scope = "";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _scope = await ScopeAsync(stoppingToken);
        await Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));
    }

    /// <summary>This deployment's suffix: 12 hex digits of the MD5 of the schema the tables live in.</summary>
    private async Task<string> ScopeAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                await using var command = new NpgsqlCommand("SELECT left(md5(current_schema()), 12)", connection);
                return (string)(await command.ExecuteScalarAsync(stoppingToken))!;
            }
            catch (Exception error) when (attempt < 30 && error is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Could not read the schema for cluster notices ({Error}); trying again", error.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private string OnWire(string channel) => $"{channel}_{_scope}";

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested && _byChannel.Count > 0)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Dedicated());
                connection.Notification += (_, notice) => Deliver(notice.Channel[..^(_scope.Length + 1)], notice.Payload);
                await connection.OpenAsync(stoppingToken);
                foreach (var channel in _byChannel.Keys)
                {
                    await using var listen = new NpgsqlCommand($"LISTEN {OnWire(channel)}", connection);
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                TellAll(l => l.MayHaveMissedSome()); // anything before we listened is unknown
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
                logger.LogWarning("Lost the cluster notice listener ({Error}); listening again", error.GetType().Name);
                TellAll(l => l.MayHaveMissedSome());
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await foreach (var (channel, payload) in notices.Outgoing.ReadAllAsync(stoppingToken).WithCancellation(stoppingToken))
        {
            try
            {
                await using var notify = source.CreateCommand("SELECT pg_notify(@channel, @payload)");
                notify.Parameters.AddWithValue("channel", OnWire(channel));
                notify.Parameters.AddWithValue("payload", payload);
                await notify.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // Not fatal: each listener bounds what a lost notice costs (a cache expiry, a failed send).
                logger.LogWarning("Could not send a notice on {Channel} to the other instances ({Error})", channel, error.GetType().Name);
            }
        }
    }

    private void Deliver(string channel, string payload)
    {
        foreach (var listener in _byChannel.GetValueOrDefault(channel, []))
        {
            listener.Heard(payload);
        }
    }

    private void TellAll(Action<IClusterNoticeListener> tell)
    {
        foreach (var listener in _byChannel.Values.SelectMany(l => l))
        {
            tell(listener);
        }
    }

    private string Dedicated() =>
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString;
}
