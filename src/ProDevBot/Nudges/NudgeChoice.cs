using ProDevBot.Cohorts;

namespace ProDevBot.Nudges;

/// <summary>Reads "kickoff|group|deadlines [week]" and picks the matching occurrence, for previews and manual sends.</summary>
internal static class NudgeChoice
{
    public static NudgeKind? ParseKind(string word) => word.ToLowerInvariant() switch
    {
        "kickoff" => NudgeKind.Kickoff,
        "group" => NudgeKind.Group,
        "deadlines" or "deadline" => NudgeKind.Deadline,
        "self-evaluation" or "selfevaluation" => NudgeKind.SelfEvaluation,
        "digest" => NudgeKind.CoachDigest,
        _ => null,
    };

    /// <summary>
    /// The occurrence in <paramref name="week"/> if given; otherwise this week's kickoff or group, or the next
    /// deadline reminder still worth sending.
    /// </summary>
    public static NudgeOccurrence? Pick(IReadOnlyList<NudgeOccurrence> occurrences, NudgeKind kind, int? week, Cohort cohort, DateTimeOffset now)
    {
        var ofKind = occurrences.Where(o => o.Kind == kind).ToList();
        if (week is { } asked)
        {
            return ofKind.FirstOrDefault(o => o.Week == asked);
        }

        if (kind is NudgeKind.Deadline or NudgeKind.SelfEvaluation)
        {
            return ofKind.FirstOrDefault(o => o.NotAfter > now);
        }

        var current = CohortCalendar.For(cohort).WeekAt(now);
        return current.Status == ModuleWeekStatus.InProgress ? ofKind.FirstOrDefault(o => o.Week == current.Week) : null;
    }
}
