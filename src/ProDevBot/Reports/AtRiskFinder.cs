using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;

namespace ProDevBot.Reports;

/// <summary>
/// Who needs a word from their coach this week: missing something due this week, no networking log by week 4,
/// or no reflection for two weeks. Paused students are left out.
/// </summary>
public sealed class AtRiskFinder(ProDevDbContext db, CurriculumCatalog curriculum)
{
    public const int NetworkingByWeek = 4;

    public async Task<IReadOnlyList<AtRiskStudent>> FindAsync(Cohort cohort, int week, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var module = curriculum.Find(cohort.Module);
        var dueThisWeek = (module?.Deliverables ?? []).Where(d => d.Due.Week == week).ToList();
        var today = CohortCalendar.For(cohort).DateOf(week, DayOfWeek.Friday);
        var students = await db.Enrollments.AsNoTracking()
            .Where(e => e.CohortId == cohort.Id && (e.PausedUntil == null || e.PausedUntil < today))
            .Select(e => e.StudentId).ToListAsync(cancellationToken);
        var done = (await db.DeliverableCompletions.AsNoTracking()
            .Where(c => students.Contains(c.StudentId) && c.Module == cohort.Module)
            .Select(c => new { c.StudentId, c.DeliverableId }).ToListAsync(cancellationToken)).ToLookup(c => c.StudentId, c => c.DeliverableId);
        var logged = (await db.NetworkingActivities.AsNoTracking()
            .Where(a => students.Contains(a.StudentId) && a.Module == cohort.Module)
            .Select(a => a.StudentId).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var reflected = (await db.Reflections.AsNoTracking()
            .Where(r => students.Contains(r.StudentId) && r.Module == cohort.Module && r.Week >= week - 1 && r.Week <= week)
            .Select(r => r.StudentId).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var atRisk = new List<AtRiskStudent>();
        foreach (var student in students.Order(StringComparer.Ordinal))
        {
            var reasons = new List<string>();
            var missing = dueThisWeek.Where(d => !done[student].Contains(d.Id)).Select(d => d.Title).ToList();
            if (missing.Count > 0)
            {
                reasons.Add($"not done, due this week: {string.Join(", ", missing)}");
            }

            if (week >= NetworkingByWeek && !logged.Contains(student))
            {
                reasons.Add("no networking activity logged yet");
            }

            if (week >= 2 && !reflected.Contains(student))
            {
                reasons.Add($"no reflection for weeks {week - 1} and {week}");
            }

            if (reasons.Count > 0)
            {
                atRisk.Add(new AtRiskStudent(student, reasons));
            }
        }

        return atRisk;
    }
}
