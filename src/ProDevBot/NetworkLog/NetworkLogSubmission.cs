using System.Globalization;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Outbox;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.NetworkLog;

/// <summary>
/// The networking log's Save: checks every field, stores the activity with the student's current module, closes the
/// modal, confirms by DM and, with a follow-up date, queues a reminder for 9:00 that day. "Today" and 9:00 are in the
/// student's own time zone (their Slack profile), the cohort's when Slack cannot say.
/// </summary>
internal sealed class NetworkLogSubmission(
    ProDevDbContext db, StudentCohorts students, StudentTimeZones zones, OutboxWriter outbox, TimeProvider clock) : IInteractionHandler
{
    private static readonly TimeOnly ReminderAt = new(9, 0);

    public async Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var submission = (ViewSubmissionPayload)payload;
        var studentId = submission.User?.Id;
        var cohort = string.IsNullOrEmpty(studentId) ? null : await students.FindAsync(studentId, cancellationToken);
        if (studentId is null || cohort is null)
        {
            return ViewSubmissionResults.Errors(new Dictionary<string, string>
            {
                [NetworkLogIds.Name] = "You're no longer in a cohort, so I can't tell which module this counts toward. Join yours with `/prodev join <cohort id>`.",
            });
        }

        // The cohort's dates in the student's own zone: "today" and the 9:00 reminder are the student's.
        var cohortCalendar = CohortCalendar.For(cohort);
        var calendar = new CohortCalendar(cohortCalendar.StartsOn, await zones.FindAsync(studentId, cohortCalendar.Zone, cancellationToken));
        var now = clock.GetUtcNow();
        var (activity, errors) = NetworkLogForm.Read(submission.View.State, studentId, cohort.Module, calendar.LocalDate(now), now);
        if (activity is null)
        {
            return ViewSubmissionResults.Errors(errors);
        }

        db.NetworkingActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);

        var envelopes = new List<OutboxEnvelope>
        {
            new(string.Create(CultureInfo.InvariantCulture, $"network-logged:{activity.Id}"), "network-logged", studentId, Replies.Text(Confirmation(activity))),
        };
        if (activity.FollowUpOn is { } day)
        {
            envelopes.Add(new OutboxEnvelope(
                string.Create(CultureInfo.InvariantCulture, $"followup:{activity.Id}"), "followup", studentId,
                Replies.Text($"Today is the day you planned to follow up with *{Slack.Blocks.SlackText.Escape(activity.ContactName)}*. " +
                    "A short thank-you or a question about something they said keeps the connection going."))
            {
                NotBefore = calendar.ToInstant(day, ReminderAt),
            });
        }

        await outbox.EnqueueAsync(envelopes, cancellationToken);
        return ViewSubmissionResults.Close();
    }

    private static string Confirmation(NetworkingActivity activity)
    {
        var next = activity.FollowUpOn is { } day
            ? $"I'll remind you to follow up on {LocalTimes.Day(day)} at 9:00 am."
            : "No follow-up date was set, so no reminder will come; log the next one with `/prodev log`.";
        return $"Logged your {NetworkingKindLabels.Label(activity.Kind).ToLowerInvariant()} with *{Slack.Blocks.SlackText.Escape(activity.ContactName)}* " +
            $"on {LocalTimes.Day(activity.OccurredOn)}. It counts toward your module {activity.Module} networking. {next}";
    }
}
