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
}
