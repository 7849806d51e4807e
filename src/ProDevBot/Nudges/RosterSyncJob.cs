using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Data;
using ProDevBot.Slack.WebApi;
using Quartz;

namespace ProDevBot.Nudges;

/// <summary>
/// Every few hours, each linked cohort's roster follows its channel again (joins and departures). Run with a
/// "cohort" in its data it syncs just that cohort: `/prodev cohort link` starts it so, because reading a channel's
/// members at Slack's pace takes longer than the 3 seconds a slash command has.
/// </summary>
[DisallowConcurrentExecution] // the link's sync and the 6-hourly one must not both add the same members
internal sealed class RosterSyncJob(ProDevDbContext db, RosterSync roster, ILogger<RosterSyncJob> logger) : IJob
{
    public static readonly JobKey Key = new("roster-sync", "prodevbot");
    public static readonly TriggerKey Trigger = new("roster-sync", "prodevbot");
    public static readonly TimeSpan Every = TimeSpan.FromHours(6);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var only = context.MergedJobDataMap.GetString("cohort");
        foreach (var cohort in await db.Cohorts.Where(c => c.ChannelId != null && (only == null || c.Id == only)).ToListAsync(cancellationToken))
        {
            try
            {
                var change = await roster.SyncAsync(cohort, cancellationToken);
                logger.LogInformation("Roster of cohort {Cohort}: {Added} added, {Removed} removed", cohort.Id, change.Added, change.Removed);
            }
            catch (SlackApiException error)
            {
                // One unreadable channel must not stop the others; the next run tries again.
                logger.LogWarning("Roster of cohort {Cohort} not synced: {Error}", cohort.Id, error.Error);
            }
        }
    }
}
