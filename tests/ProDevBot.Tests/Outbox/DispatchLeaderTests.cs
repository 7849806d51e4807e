using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Outbox;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Outbox;

/// <summary>Several instances on one PostgreSQL database: one dispatches the outbox, and another takes over when it goes.</summary>
public sealed class DispatchLeaderTests
{
    [Fact]
    public async Task OneOfTwoInstancesDispatchesAndTheOtherTakesOverWithinSecondsWhenItStops()
    {
        var first = new BotFactory(TestDatabase.PostgreSQL, keepFiles: true);
        first.CreateSlackClient();
        using var second = new BotFactory(TestDatabase.PostgreSQL, now: first.Clock.GetUtcNow(), restartOf: first);
        second.CreateSlackClient();
        var leaders = new[] { first, second }.Select(b => b.Services.GetRequiredService<IDispatchLeadership>()).ToArray();
        var before = leaders.Select(l => l.IsLeader).ToArray();

        first.Dispose(); // a stop ends its session, and with it the lock
        var waited = TimeSpan.Zero;
        while (!leaders[1].IsLeader && waited < TimeSpan.FromSeconds(30))
        {
            second.Clock.Advance(TimeSpan.FromMilliseconds(500));
            waited += TimeSpan.FromMilliseconds(500);
            await Task.Delay(50);
        }

        Assert.Equal([true, false], before);
        Assert.True(leaders[1].IsLeader);
        Assert.True(waited <= TimeSpan.FromSeconds(4), $"took over after {waited} on the bot's clock"); // LeaderRetry is 2 s
    }

    [Fact]
    public async Task AnInstanceTakingOverWaitsOneRateLimitBurstBeforeItsFirstSend()
    {
        // The old leader may just have drained the workspace's Slack bucket; the new one's limiter starts full.
        var first = new BotFactory(TestDatabase.PostgreSQL, keepFiles: true);
        first.CreateSlackClient();
        var logs = new CapturedLogs();
        using var second = new BotFactory(TestDatabase.PostgreSQL, now: first.Clock.GetUtcNow(), restartOf: first) { Logs = logs };
        second.CreateSlackClient();
        var schema = second.PostgresSchema!;
        var newLeader = second.Services.GetRequiredService<IDispatchLeadership>();
        first.Dispose();

        // Wait for the first's session (and its lock) to end, then advance to the second's next LeaderRetry tick (2 s)
        // until its session holds this schema's advisory lock.
        for (var tries = 0; tries < 100 && LocksHeld(schema) > 0; tries++)
        {
            await Task.Delay(50);
        }

        var held = false;
        for (var step = 0; step < 40 && !held; step++)
        {
            second.Clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(50);
            held = LocksHeld(schema) == 1;
        }

        // The lock shows in pg_locks a moment before the instance has noted when it may first send.
        for (var tries = 0; tries < 100 && !logs.Lines.Any(l => l.Contains("now dispatches the outbox", StringComparison.Ordinal)); tries++)
        {
            await Task.Delay(20);
        }

        var leadsAtOnce = newLeader.IsLeader;
        second.Clock.Advance(TimeSpan.FromSeconds(2)); // Slack:RateLimits:BurstSeconds
        var leadsAfterABurst = newLeader.IsLeader;

        Assert.True(held, "the second instance never took the lock");
        Assert.False(leadsAtOnce);
        Assert.True(leadsAfterABurst);
    }

    private static long LocksHeld(string schema) => TestPostgres.Scalar<long>(schema,
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = 1346651970 " +
        "AND objid::bigint = (hashtext(current_schema())::bigint & 4294967295)");
}
