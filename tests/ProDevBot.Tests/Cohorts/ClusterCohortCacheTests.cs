using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Cohorts;

/// <summary>Two instances on one PostgreSQL database: a join on one is seen by the other at once, not after its cache expires.</summary>
public sealed class ClusterCohortCacheTests
{
    [Fact]
    public async Task AJoinOnOneInstanceIsSeenByAWeekOnTheOther()
    {
        using var first = new BotFactory(TestDatabase.PostgreSQL);
        var onFirst = first.CreateSlackClient();
        using var second = new BotFactory(TestDatabase.PostgreSQL, now: first.Clock.GetUtcNow(), clusterPeerOf: first);
        var onSecond = second.CreateSlackClient();
        await onFirst.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        var before = (await onSecond.CommandAsync("week")).AllText; // cached on the second: not in a cohort

        await onFirst.CommandAsync("join 2603");
        var expected = (await onFirst.CommandAsync("week")).AllText;
        var after = before;
        for (var i = 0; i < 50 && after != expected; i++) // the notice takes milliseconds; the cache would hold 30 s
        {
            await Task.Delay(100);
            after = (await onSecond.CommandAsync("week")).AllText;
        }

        Assert.NotEqual(expected, before);
        Assert.Equal(expected, after);
    }
}
