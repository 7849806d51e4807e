using System.Globalization;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Nudges;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>`/prodev cohort times &lt;id&gt; [kickoff HH:MM] [group HH:MM] [deadlines HH:MM]`: when the cohort's nudges go out.</summary>
internal sealed class CohortTimesAction(ProDevDbContext db, INudgeScheduler scheduler) : IProDevSubcommand
{
    public const string Example = "/prodev cohort times 2603 kickoff 08:30 group 12:45 deadlines 10:00";
    public const string HelpLine = "when the cohort's nudges go out, in its zone";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (cohort, problem) = await CohortLookup.FindAsync(db, context.Args, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        var groupStarts = EarliestLocalGroupStart(CohortCalendar.For(cohort));
        var words = context.Args.Skip(1).ToList();
        if (words.Count % 2 != 0)
        {
            return Replies.Mistake("Give each nudge a time, like `group 12:45`.", Example);
        }

        for (var i = 0; i < words.Count; i += 2)
        {
            if (!TimeOnly.TryParseExact(words[i + 1], "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return Replies.Mistake($"`{SlackText.Escape(words[i + 1])}` is not a 24-hour time like 08:30.", Example);
            }

            switch (words[i].ToLowerInvariant())
            {
                case "kickoff": cohort.KickoffAt = time; break;
                case "group" when time < groupStarts: cohort.GroupReminderAt = time; break;
                case "group": return Replies.Mistake($"The group reminder must go out before the group meets at {groupStarts:HH:mm} ({cohort.TimeZone}).", Example);
                case "deadlines" or "deadline": cohort.DeadlineReminderAt = time; break;
                default: return Replies.Mistake($"`{SlackText.Escape(words[i])}` is not a nudge; use kickoff, group or deadlines.", Example);
            }
        }

        if (words.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await scheduler.ScheduleAsync(cohort, cancellationToken);
        }

        return Replies.Text($"Cohort *{cohort.Id}* nudges ({cohort.TimeZone}): kickoff Monday {cohort.KickoffAt:HH:mm}, " +
                            $"group reminder Wednesday {cohort.GroupReminderAt:HH:mm}, deadline reminders {cohort.DeadlineReminderAt:HH:mm} the day before.");
    }

    // The group meets at 13:00 Mountain Time; in the cohort's zone that can read an hour apart from week to week
    // when only one zone is on daylight time, so the reminder has to beat the earliest of them.
    private static TimeOnly EarliestLocalGroupStart(CohortCalendar calendar) =>
        Enumerable.Range(1, CohortCalendar.WeeksPerModule)
            .Select(week => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(calendar.GroupStartsAt(week), calendar.Zone).DateTime))
            .Min();
}
