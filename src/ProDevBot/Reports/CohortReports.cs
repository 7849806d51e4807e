using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;

namespace ProDevBot.Reports;

/// <summary>
/// Computes report rows from what students did. "Due" counts deliverables whose due date is in the period and has
/// been reached; a week report covers that week's deliverables, reflection and logs dated in it.
/// </summary>
public sealed class CohortReports(ProDevDbContext db, CurriculumCatalog curriculum, TimeProvider clock)
{
    public async Task<CohortReport> BuildAsync(Cohort cohort, int? week, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var module = curriculum.Find(cohort.Module);
        var calendar = CohortCalendar.For(cohort);
        var now = clock.GetUtcNow();
        var position = calendar.WeekAt(now);
        var weeksSoFar = position.Status switch
        {
            ModuleWeekStatus.NotStarted => 0,
            ModuleWeekStatus.Over => CohortCalendar.WeeksPerModule,
            _ => position.Week,
        };
        var inPeriod = (Func<int, bool>)(w => week is null ? w <= weeksSoFar : w == week);
        var due = (module?.Deliverables ?? [])
            .Where(d => inPeriod(d.Due.Week) && calendar.DueAt(d.Due.Week, d.Due.Day) <= now)
            .Select(d => d.Id)
            .ToList();
        var from = week is null ? calendar.StartsOn : calendar.DateOf(week.Value, DayOfWeek.Monday);
        var to = week is null ? calendar.EndsOn : calendar.DateOf(week.Value, DayOfWeek.Sunday);

        var students = await db.Enrollments.AsNoTracking().Where(e => e.CohortId == cohort.Id)
            .Select(e => new { e.StudentId, e.PausedUntil }).ToListAsync(cancellationToken);
        var ids = students.Select(s => s.StudentId).ToList();
        var done = await db.DeliverableCompletions.AsNoTracking()
            .Where(c => ids.Contains(c.StudentId) && c.Module == cohort.Module)
            .Select(c => new { c.StudentId, c.DeliverableId, c.CompletedAt }).ToListAsync(cancellationToken);
        var items = await db.ChecklistItemCompletions.AsNoTracking()
            .Where(c => ids.Contains(c.StudentId) && c.Module == cohort.Module)
            .Select(c => new { c.StudentId, c.DeliverableId, c.ItemId, c.CompletedAt }).ToListAsync(cancellationToken);
        var reflections = await db.Reflections.AsNoTracking()
            .Where(r => ids.Contains(r.StudentId) && r.Module == cohort.Module)
            .Select(r => new { r.StudentId, r.Week, r.UpdatedAt }).ToListAsync(cancellationToken);
        var logs = await db.NetworkingActivities.AsNoTracking()
            .Where(a => ids.Contains(a.StudentId) && a.Module == cohort.Module)
            .Select(a => new { a.StudentId, a.OccurredOn, a.CreatedAt }).ToListAsync(cancellationToken);

        var today = calendar.LocalDate(now);
        var rows = students.OrderBy(s => s.StudentId, StringComparer.Ordinal).Select(s =>
        {
            var mine = done.Where(d => d.StudentId == s.StudentId).ToList();
            var activity = mine.Select(d => d.CompletedAt)
                .Concat(items.Where(i => i.StudentId == s.StudentId).Select(i => i.CompletedAt))
                .Concat(reflections.Where(r => r.StudentId == s.StudentId).Select(r => r.UpdatedAt))
                .Concat(logs.Where(l => l.StudentId == s.StudentId).Select(l => l.CreatedAt))
                .DefaultIfEmpty().Max();
            return new StudentProgress(
                s.StudentId,
                mine.Count(d => due.Contains(d.DeliverableId)),
                due.Count,
                items.Count(i => i.StudentId == s.StudentId && module?.HasChecklistItem(i.DeliverableId, i.ItemId) == true),
                reflections.Count(r => r.StudentId == s.StudentId && inPeriod(r.Week)),
                logs.Count(l => l.StudentId == s.StudentId && l.OccurredOn >= from && l.OccurredOn <= to),
                activity == default ? null : activity,
                s.PausedUntil is { } until && until >= today);
        }).ToList();
        return new CohortReport(cohort, week, weeksSoFar, rows);
    }

    /// <summary>
    /// Share (0–100) of due deliverables done, per week so far that had something due: the participation chart's bars,
    /// for Slack and the coach pages alike.
    /// </summary>
    public async Task<List<(int Week, double Completion)>> WeeklyCompletionAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        var weeks = new List<(int Week, double Completion)>();
        var soFar = (await BuildAsync(cohort, null, cancellationToken)).WeeksSoFar;
        for (var week = 1; week <= soFar; week++)
        {
            var report = await BuildAsync(cohort, week, cancellationToken);
            if (report.DeliverablesDue > 0)
            {
                weeks.Add((week, 100.0 * report.DeliverablesDone / report.DeliverablesDue));
            }
        }

        return weeks;
    }
}
