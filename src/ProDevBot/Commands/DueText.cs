using ProDevBot.Cohorts;
using ProDevBot.Curriculum;

namespace ProDevBot.Commands;

/// <summary>A due point as a student reads it: a real date for a cohort, the curriculum's "Friday of week 5" otherwise.</summary>
public static class DueText
{
    public static string For(DuePoint due, CohortCalendar? calendar) =>
        calendar is null
            ? $"end of day {due}"
            : $"{LocalTimes.Day(calendar.DateOf(due.Week, due.Day))}, end of day";
}
