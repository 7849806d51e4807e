using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Tests.Fakes;
using Quartz;

namespace ProDevBot.Tests.Nudges;

/// <summary>Two bot instances on one PostgreSQL database: Quartz's clustered store hands each trigger to one of them.</summary>
public sealed class ClusteredSchedulerTests
{
    private const int Triggers = 20;

    [Fact]
    public async Task EachTriggerDueFiresOnExactlyOneOfTwoInstances()
    {
        using var first = new BotFactory(TestDatabase.PostgreSQL);
        first.CreateSlackClient();
        using var second = new BotFactory(TestDatabase.PostgreSQL, now: first.Clock.GetUtcNow(), clusterPeerOf: first);
        second.CreateSlackClient();
        var schedulers = new[] { await SchedulerOf(first), await SchedulerOf(second) };
        var fired = new ConcurrentBag<(string Instance, string Trigger)>();
        foreach (var scheduler in schedulers)
        {
            scheduler.ListenerManager.AddJobListener(new FiredTriggers(scheduler.SchedulerInstanceId, fired), [GroupMatcher<JobKey>.GroupEquals(ProbeJob.Key.Group)]);
        }

        // Due a minute from now on both clocks, so that both instances are polling when it comes.
        var due = first.Clock.GetUtcNow().AddMinutes(1);
        await schedulers[0].AddJob(JobBuilder.Create<ProbeJob>().WithIdentity(ProbeJob.Key).StoreDurably().Build(), AddJobOptions.Replacing);
        for (var i = 0; i < Triggers; i++)
        {
            await schedulers[0].ScheduleJob(TriggerBuilder.Create().WithIdentity($"probe-{i}", "cluster-test").ForJob(ProbeJob.Key).StartAt(due).Build());
        }

        for (var tick = 0; tick < 400 && fired.Count < Triggers; tick++)
        {
            first.Clock.Advance(TimeSpan.FromSeconds(1));
            second.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // a second firing of any trigger would land here

        Assert.NotEqual(schedulers[0].SchedulerInstanceId, schedulers[1].SchedulerInstanceId);
        Assert.Equal(2L, TestPostgres.Scalar<long>(first.PostgresSchema!, "SELECT count(*) FROM qrtz_scheduler_state")); // both checked in
        Assert.Equal(Enumerable.Range(0, Triggers).Select(i => $"probe-{i}").Order(), fired.Select(f => f.Trigger).Order());
    }

    private static Task<IScheduler> SchedulerOf(BotFactory bot) =>
        bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask();
}
