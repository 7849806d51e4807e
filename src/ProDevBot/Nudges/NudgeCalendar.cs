using ProDevBot.Cohorts;
using ProDevBot.Curriculum;

namespace ProDevBot.Nudges;

/// <summary>
/// Every nudge of a cohort's module, computed from local dates and times in the cohort's zone (so daylight
/// saving moves the UTC instant, never the local time). Pauses are not applied here: see <see cref="NudgeRunner"/>.
/// </summary>
public static class NudgeCalendar
{
    public const string SelfEvaluationId = "self-evaluation";
    private static readonly TimeOnly DigestAt = new(12, 0);

    public static IReadOnlyList<NudgeOccurrence> For(Cohort cohort, Module module)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(module);
        var calendar = CohortCalendar.For(cohort);
        var occurrences = new List<NudgeOccurrence>();

        foreach (var week in module.Weeks)
        {
            var monday = calendar.DateOf(week.Number, DayOfWeek.Monday);
            var groupStarts = calendar.GroupStartsAt(week.Number);

            // A kickoff still helps until the week's group meets (Wednesday 1 pm); after that the week is half gone.
            occurrences.Add(new(NudgeKind.Kickoff, week.Number, monday, calendar.ToInstant(monday, cohort.KickoffAt), groupStarts));
            var friday = calendar.DateOf(week.Number, DayOfWeek.Friday);
            occurrences.Add(new(NudgeKind.CoachDigest, week.Number, friday, calendar.ToInstant(friday, DigestAt), calendar.ToInstant(friday, new TimeOnly(23, 59))));
            if (week.Group != GroupKind.None)
            {
                // The reminder goes out at the cohort's chosen local time on the group's local day; where that
                // falls after the group starts (a zone far from Mountain Time), it goes half an hour before.
                var day = calendar.GroupDate(week.Number);
                var remindAt = calendar.ToInstant(day, cohort.GroupReminderAt);
                var at = remindAt < groupStarts ? remindAt : groupStarts.AddMinutes(-30);
                occurrences.Add(new(NudgeKind.Group, week.Number, day, at, groupStarts));
            }
        }

        foreach (var due in module.Deliverables.GroupBy(d => d.Due).OrderBy(g => g.Key.Week).ThenBy(g => g.Key.Day))
        {
            var day = calendar.DateOf(due.Key.Week, due.Key.Day).AddDays(-1);
            occurrences.Add(new(NudgeKind.Deadline, due.Key.Week, day, calendar.ToInstant(day, cohort.DeadlineReminderAt), calendar.DueAt(due.Key.Week, due.Key.Day))
            {
                Deliverables = [.. due],
            });
        }

        if (module.Deliverables.FirstOrDefault(d => d.Id == SelfEvaluationId) is { } selfEvaluation)
        {
            var day = calendar.DateOf(selfEvaluation.Due.Week, selfEvaluation.Due.Day).AddDays(-2);
            occurrences.Add(new(NudgeKind.SelfEvaluation, selfEvaluation.Due.Week, day, calendar.ToInstant(day, cohort.DeadlineReminderAt),
                calendar.DueAt(selfEvaluation.Due.Week, selfEvaluation.Due.Day))
            {
                Deliverables = [selfEvaluation],
            });
        }

        return [.. occurrences.OrderBy(o => o.At).ThenBy(o => o.Kind)];
    }

    public static StudentNudges MuteFlag(NudgeKind kind) => kind switch
    {
        NudgeKind.Kickoff => StudentNudges.Kickoff,
        NudgeKind.Group => StudentNudges.Group,
        NudgeKind.CoachDigest => StudentNudges.None, // coaches turn it off with /prodev digest off
        _ => StudentNudges.Deadlines,
    };
}
