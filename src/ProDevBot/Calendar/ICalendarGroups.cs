using ProDevBot.Cohorts;

namespace ProDevBot.Calendar;

/// <summary>
/// Which Wednesday groups the calendar names. The groups feature supplies the real answer; until it is wired in,
/// <see cref="NoCalendarGroups"/> answers none and events name only the kind of group (Homeroom, Mix It Up).
/// </summary>
public interface ICalendarGroups
{
    /// <summary>
    /// The groups meeting in a week of the cohort's current module: for a student (<paramref name="studentId"/> set),
    /// theirs, so none or one; for a coach's cohort feed (null), all of the cohort's.
    /// </summary>
    Task<IReadOnlyList<CalendarGroup>> FindAsync(Cohort cohort, int week, string? studentId, CancellationToken cancellationToken);
}
