using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Data;
using ProDevBot.Slack.WebApi;
using Quartz;

namespace ProDevBot.Nudges;

/// <summary>Every few hours, each linked cohort's roster follows its channel again (joins and departures).</summary>
internal sealed class RosterSyncJob(ProDevDbContext db, RosterSync roster, ILogger<RosterSyncJob> logger) : IJob
{
    public static readonly JobKey Key = new("roster-sync", "prodevbot");
    public static readonly TriggerKey Trigger = new("roster-sync", "prodevbot");
    public static readonly TimeSpan Every = TimeSpan.FromHours(6);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        foreach (var cohort in await db.Cohorts.Where(c => c.ChannelId != null).ToListAsync(cancellationToken))
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
