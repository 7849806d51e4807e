using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ProDevBot.Cohorts;
using ProDevBot.Nudges;
using ProDevBot.Tests.Fakes;
using Quartz;

namespace ProDevBot.Tests.Nudges;

/// <summary>Instances started at the same moment run the schedule reconciler against one store at once.</summary>
public sealed class ScheduleRaceTests : IDisposable
{
    private readonly BotFactory _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task TwoReconcilersRacingOnOneStoreBothStartAndLeaveOneSetOfTriggers()
    {
        var slack = _bot.CreateSlackClient();
        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        var scheduler = await _bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var cohortTriggers = await ComingTriggersAsync(scheduler);
        var first = Reconciler();
        var second = Reconciler();

        // Each round starts as a fresh store would: no roster trigger yet, so both check, find none and create it.
        var failures = new List<Exception>();
        for (var round = 0; round < 30; round++)
        {
            await scheduler.UnscheduleJob(RosterSyncJob.Trigger);
            var both = Task.WhenAll(
                Task.Run(() => RosterSyncJob.ScheduleAsync(scheduler, _bot.Services.GetRequiredService<TimeProvider>(), default)),
                Task.Run(() => RosterSyncJob.ScheduleAsync(scheduler, _bot.Services.GetRequiredService<TimeProvider>(), default)),
                Task.Run(() => first.StartAsync(default)),
                Task.Run(() => second.StartAsync(default)));
            try
            {
                await both;
            }
            catch (Exception) when (both.Exception is not null)
            {
                failures.AddRange(both.Exception!.InnerExceptions);
            }
        }

        Assert.Empty(failures.Select(f => f.GetType().Name + ": " + f.Message));
        Assert.True(await scheduler.Exists(RosterSyncJob.Trigger));
        Assert.Equal(cohortTriggers, await ComingTriggersAsync(scheduler));
        Assert.True(cohortTriggers > 0);
    }

    // Only triggers still to come: one due now (this week's kickoff, still in time) may fire while the rounds run, and
    // then it is gone for good (its run is recorded), which is the scheduler working, not the race.
    private async Task<int> ComingTriggersAsync(IScheduler scheduler)
    {
        var now = _bot.Clock.GetUtcNow();
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(QuartzNudgeScheduler.Group("2603")));
        var coming = 0;
        foreach (var key in keys)
        {
            coming += await scheduler.GetTrigger(key) is { } trigger && trigger.StartTimeUtc > now ? 1 : 0;
        }

        return coming;
    }

    private NudgeScheduleReconciler Reconciler() => new(
        _bot.Services.GetRequiredService<IServiceScopeFactory>(),
        _bot.Services.GetRequiredService<ISchedulerFactory>(),
        _bot.Services.GetRequiredService<TimeProvider>(),
        NullLogger<NudgeScheduleReconciler>.Instance);
}
