using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using Quartz;

namespace ProDevBot.Nudges;

/// <summary>
/// On start (after the nudge job is stored, see AddNudges), makes sure every running cohort's triggers match its calendar: missing ones are
/// added, stale ones (a cohort change whose scheduling failed after the save, changed curriculum files) moved or removed.
/// Occurrences that already ran are never added again, and misfired triggers are left for Quartz to fire.
/// </summary>
internal sealed class NudgeScheduleReconciler(IServiceScopeFactory scopes, ISchedulerFactory schedulers, TimeProvider clock, ILogger<NudgeScheduleReconciler> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
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
}
