using System.Collections.Frozen;
using Npgsql;
using ProDevBot.Data;
using ProDevBot.Slack.WebApi;
using ProDevBot.Slack.WebApi.Pacing;

namespace ProDevBot.SlackPacing;

/// <summary>
/// Every instance's calls of a method take their slots from one row in <c>slack_call_slots</c>, one atomic upsert per
/// call, so all instances together keep to <c>Slack:RateLimits</c> whatever their number. The outbox's methods stay
/// paced in memory: only the dispatching leader sends them, so its own limiters are the workspace's, with no database
/// write per message. If the database cannot be reached the caller paces on its own (it can do little else then).
/// </summary>
internal sealed class PostgreSqlSlackSlots(DatabaseSettings database, ILogger<PostgreSqlSlackSlots> logger)
    : ISlackSharedSlots, IAsyncDisposable
{
    private const string Take = """
        INSERT INTO slack_call_slots AS s (method, next_free_ticks) VALUES (@method, @now + @interval)
        ON CONFLICT (method) DO UPDATE SET next_free_ticks = GREATEST(s.next_free_ticks, @now) + @interval
        RETURNING next_free_ticks - @interval
        """;

    private static readonly FrozenSet<string> LeaderOnly =
        FrozenSet.Create(StringComparer.Ordinal, SlackMethods.PostMessage, SlackMethods.ConversationsOpen);

    // Short timeouts: a person may be waiting on the paced call (a click's chat.update); without the database the
    // caller paces alone after 2 s rather than the default 15 s connect timeout.
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { Timeout = 2, CommandTimeout = 2 }.ConnectionString);

    public async ValueTask<DateTimeOffset?> TakeSlotAsync(
        string method, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (LeaderOnly.Contains(method))
        {
            return null;
        }

        try
        {
            await using var take = _source.CreateCommand(Take);
            take.Parameters.AddWithValue("method", method);
            take.Parameters.AddWithValue("now", now.UtcTicks);
            take.Parameters.AddWithValue("interval", interval.Ticks);
            var slot = (long)(await take.ExecuteScalarAsync(cancellationToken))!;
            return new DateTimeOffset(slot, TimeSpan.Zero);
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning("Shared Slack pacing unavailable ({Error}); pacing {Method} on this instance alone", error.GetType().Name, method);
            return null;
        }
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
