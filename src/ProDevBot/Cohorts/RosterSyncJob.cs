using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Nudges;
using Quartz;

namespace ProDevBot.Cohorts;

/// <summary>
/// Every few hours, each linked cohort's roster follows its channel again (joins and departures). Run with a
/// "cohort" in its data it syncs just that cohort: `/prodev cohort link` starts it so, because reading a channel's
/// members at Slack's pace takes longer than the 3 seconds a slash command has.
/// </summary>
[DisallowConcurrentExecution] // the link's sync and the 6-hourly one must not both add the same members
internal sealed class RosterSyncJob(IServiceScopeFactory scopes, ILogger<RosterSyncJob> logger) : IJob
{
    public static readonly JobKey Key = new("roster-sync", "prodevbot");
    public static readonly TriggerKey Trigger = new("roster-sync", "prodevbot");
    public static readonly TimeSpan Every = TimeSpan.FromHours(6);

    /// <summary>The 6-hourly trigger, added once: a restart keeps its place rather than moving it.</summary>
    public static async Task ScheduleAsync(IScheduler scheduler, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        if (await scheduler.Exists(Trigger, cancellationToken))
        {
            return; // keep its next fire time: replacing it would push the sync back at every start
        }

        try
        {
            await scheduler.ScheduleJob(TriggerBuilder.Create(scheduler.TimeProvider).WithIdentity(Trigger).ForJob(Key)
                .StartAt(clock.GetUtcNow().AddMinutes(1)).WithSimpleSchedule(s => s.WithInterval(Every).RepeatForever()).Build(), default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Instances starting together both find it missing and both add it: the loser's exception is the
            // winner's trigger, there now, not a failed start.
            if (!await scheduler.Exists(Trigger, cancellationToken))
            {
                throw;
            }
        }
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var only = context.MergedJobDataMap.GetString("cohort");
        List<string> cohorts;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
            cohorts = await db.Cohorts.Where(c => c.ChannelId != null && (only == null || c.Id == only)).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        foreach (var id in cohorts)
        {
            try
            {
                await SyncAsync(id, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One cohort's failure (an unreadable channel, a database hiccup) must not stop the others; the next run
                // tries again. Each cohort has its own scope, so nothing a failed one left in its context leaks on.
                logger.LogWarning(error, "Roster of cohort {Cohort} not synced", id);
            }
        }
    }

    private async Task SyncAsync(string id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        if (await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } cohort)
        {
            return;
        }

        var change = await scope.ServiceProvider.GetRequiredService<RosterSync>().SyncAsync(cohort, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<LateKickoff>().SendAsync(cohort, change.AddedStudents, cancellationToken);
        logger.LogInformation("Roster of cohort {Cohort}: {Added} added, {Removed} removed", id, change.Added, change.Removed);
    }
}
