using ProDevBot.Cohorts;

namespace ProDevBot.Calendar;

/// <summary>The default <see cref="ICalendarGroups"/>: no groups formed, so events say only Homeroom or Mix It Up.</summary>
internal sealed class NoCalendarGroups : ICalendarGroups
{
    public Task<IReadOnlyList<CalendarGroup>> FindAsync(Cohort cohort, int week, string? studentId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CalendarGroup>>([]);
}
