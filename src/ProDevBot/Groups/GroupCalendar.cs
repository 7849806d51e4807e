using ProDevBot.Calendar;
using ProDevBot.Cohorts;

namespace ProDevBot.Groups;

/// <summary>The calendar feed's Wednesday groups: a student's own group, or every group of the cohort for a coach's feed.</summary>
internal sealed class GroupCalendar(StudentGroups groups) : ICalendarGroups
{
    public async Task<IReadOnlyList<CalendarGroup>> FindAsync(Cohort cohort, int week, string? studentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        if (studentId is not null)
        {
            return await groups.FindAsync(studentId, cohort.Id, week, cancellationToken) is { } own ? [new(own.Name, own.RoomUrl)] : [];
        }

        var all = await groups.ForCohortAsync(cohort.Id, week, cancellationToken);
        return [.. all.Values.DistinctBy(g => g.Number).OrderBy(g => g.Number).Select(g => new CalendarGroup(g.Name, g.RoomUrl))];
    }
}
