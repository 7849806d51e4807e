using ProDevBot.Cohorts;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.NetworkLog;

/// <summary>Opens the networking-log modal on the student's own today; before views.open come only the cached cohort and zone lookups.</summary>
public sealed class NetworkLogOpener(StudentCohorts students, StudentTimeZones zones, ISlackApi slack, TimeProvider clock, ILogger<NetworkLogOpener> logger)
{
    /// <summary>
    /// Null when the modal opened; otherwise what to tell the student. <c>budget</c> counts from when Slack's request
    /// arrived, as the trigger dies 3 s after it.
    /// </summary>
    public async Task<string?> OpenAsync(string studentId, string triggerId, SlackCallBudget budget, CancellationToken cancellationToken)
    {
        if (await students.FindAsync(studentId, cancellationToken) is not { } cohort)
        {
            return "Networking activities count toward your module, and you're not in a cohort yet. Join yours with `/prodev join <cohort id>` (your coach has the id).";
        }

        try
        {
            var calendar = CohortCalendar.For(cohort);
            var zone = await zones.FindAsync(studentId, calendar.Zone, cancellationToken);
            var today = new CohortCalendar(calendar.StartsOn, zone).LocalDate(clock.GetUtcNow());
            await slack.OpenViewAsync(triggerId, NetworkLogModal.Build(today), budget, cancellationToken);
            return null;
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("views.open for a networking log failed: {Error}", e.Error);
            return Commands.Replies.SlackBusy;
        }
    }
}
