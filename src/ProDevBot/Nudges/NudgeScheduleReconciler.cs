using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using Quartz;

namespace ProDevBot.Nudges;

/// <summary>
/// On start, makes sure the nudge job exists and every running cohort's triggers match its calendar: missing ones are
/// added, stale ones (a cohort change whose scheduling failed after the save, changed curriculum files) moved or removed.
/// Occurrences that already ran are never added again, and misfired triggers are left for Quartz to fire.
/// </summary>
internal sealed class NudgeScheduleReconciler(IServiceScopeFactory scopes, ISchedulerFactory schedulers, TimeProvider clock, ILogger<NudgeScheduleReconciler> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.AddJob(JobBuilder.Create<NudgeJob>().WithIdentity(NudgeJob.Key).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken);
        await scheduler.AddJob(JobBuilder.Create<Reports.ReportChartJob>().WithIdentity(Reports.ReportChartJob.Key).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken);
        await scheduler.AddJob(JobBuilder.Create<RosterSyncJob>().WithIdentity(RosterSyncJob.Key).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken);
        await ScheduleRosterSyncAsync(scheduler, cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        var nudges = (QuartzNudgeScheduler)scope.ServiceProvider.GetRequiredService<INudgeScheduler>();
        var earliest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-7 * 7);
        var cohorts = await db.Cohorts.AsNoTracking().Include(c => c.Pauses).Where(c => c.StartsOn >= earliest).ToListAsync(cancellationToken);
        var changes = 0;
        foreach (var cohort in cohorts)
        {
            changes += await nudges.ReconcileAsync(scheduler, cohort, cancellationToken);
        }

        logger.LogInformation("Nudge triggers checked for {Count} cohorts: {Changes} added, moved or removed", cohorts.Count, changes);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Adds the repeating roster trigger unless it exists, keeping an existing one's next fire time (replacing it would
    /// push the sync back at every start). Instances starting together both find it missing and both add it: the
    /// loser's ObjectAlreadyExistsException is the winner's trigger, checked to be there, not a failed start.
    /// </summary>
    private async Task ScheduleRosterSyncAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        if (await scheduler.Exists(RosterSyncJob.Trigger, cancellationToken))
        {
            return;
        }

        try
        {
            await scheduler.ScheduleJob(TriggerBuilder.Create(scheduler.TimeProvider).WithIdentity(RosterSyncJob.Trigger).ForJob(RosterSyncJob.Key)
                .StartAt(clock.GetUtcNow().AddMinutes(1)).WithSimpleSchedule(s => s.WithInterval(RosterSyncJob.Every).RepeatForever()).Build(), default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            if (!await scheduler.Exists(RosterSyncJob.Trigger, cancellationToken))
            {
                throw; // it was there and is gone again: not the race this answers
            }

            logger.LogInformation("Roster sync trigger was added by another instance starting at the same time");
        }
    }
}
