using Npgsql;
using ProDevBot.Data;

namespace ProDevBot.Outbox;

/// <summary>
/// Elects one dispatching instance per database schema through a PostgreSQL session advisory lock held on a connection
/// of its own. The lock lives exactly as long as that session: a leader that stops, crashes or loses its connection
/// releases it, and another instance takes it at its next try (every <see cref="OutboxOptions.LeaderRetry"/>). A leader
/// checks its connection as often and steps down the moment the check fails, so two leaders overlap only while a broken
/// connection goes unnoticed, and even then no row is sent twice: claims still go through row leases.
/// An instance that takes over from another waits one rate-limit burst before its first send: its limiter starts
/// full, while the workspace's Slack bucket may just have been drained by the leader it replaces.
/// </summary>
internal sealed class PostgreSqlDispatchLeader(
    DatabaseSettings database,
    Microsoft.Extensions.Options.IOptions<OutboxOptions> options,
    Microsoft.Extensions.Options.IOptions<Slack.WebApi.SlackRateLimitOptions> limits,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<PostgreSqlDispatchLeader> logger) : BackgroundService, IDispatchLeadership
{
    // Two-key form: a fixed class id and the schema's hash, so each schema (one bot deployment) has its own leader.
    private const string TryLock = "SELECT pg_try_advisory_lock(1346651970, hashtext(current_schema()))";
    private NpgsqlConnection? _connection;
    private volatile bool _isLeader;
    private long _dispatchFromTicks;

    public bool IsLeader => _isLeader && clock.GetUtcNow().UtcTicks >= Interlocked.Read(ref _dispatchFromTicks);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryLeadAsync(takingOver: false, cancellationToken); // a lone instance dispatches from its first moment
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await StepDownAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.LeaderRetry, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await TryLeadAsync(takingOver: true, stoppingToken);
        }
    }

    private async Task TryLeadAsync(bool takingOver, CancellationToken cancellationToken)
    {
        try
        {
            if (_connection is null)
            {
                var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 5 };
                _connection = new NpgsqlConnection(builder.ConnectionString);
                await _connection.OpenAsync(cancellationToken);
            }

            // As leader: is the session (and so the lock) still there? Otherwise: can we take the lock now?
            await using var command = new NpgsqlCommand(_isLeader ? "SELECT true" : TryLock, _connection);
            var leads = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (leads && !_isLeader)
            {
                var wait = takingOver ? TimeSpan.FromSeconds(limits.Value.BurstSeconds) : TimeSpan.Zero;
                Interlocked.Exchange(ref _dispatchFromTicks, (clock.GetUtcNow() + wait).UtcTicks);
                logger.LogInformation("This instance now dispatches the outbox (first send in {Wait} s)", wait.TotalSeconds);
                _isLeader = true;
                signal.Notify();
            }
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning("Outbox leadership check failed ({Error}); not dispatching until the database answers", error.GetType().Name);
            await StepDownAsync();
        }
    }

    private async Task StepDownAsync()
    {
        _isLeader = false;
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync(); // ends the session, releasing the lock if we held it
        }
    }

    public override void Dispose()
    {
        _connection?.Dispose();
        base.Dispose();
    }
}
