using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Groups;

namespace ProDevBot.Home;

/// <summary>Reads a user's own Home tab data and records the visit. Only ever the user who opened the tab.</summary>
public sealed class HomeSnapshots(ProDevDbContext db, StudentCohorts students, CurriculumCatalog curriculum, StudentGroups groups, TimeProvider clock)
{
    public const int RecentReflectionCount = 3;

    public async Task<HomeSnapshot> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var firstVisit = !await db.HomeVisits.AnyAsync(v => v.UserId == userId, cancellationToken);
        var cohort = await students.FindAsync(userId, cancellationToken);
        var module = cohort is null ? null : curriculum.Find(cohort.Module);
        var moduleNumber = module?.Number ?? -1;

        var done = await db.DeliverableCompletions.AsNoTracking()
            .Where(c => c.StudentId == userId && c.Module == moduleNumber)
            .Select(c => c.DeliverableId)
            .ToListAsync(cancellationToken);
        var logs = await db.NetworkingActivities.CountAsync(a => a.StudentId == userId && a.Module == moduleNumber, cancellationToken);
        var reflections = await db.Reflections.AsNoTracking()
            .Where(r => r.StudentId == userId)
            .OrderByDescending(r => r.Module).ThenByDescending(r => r.Week)
            .Take(RecentReflectionCount)
            .ToListAsync(cancellationToken);

        var nextWeek = cohort is null || module is null ? null : HomeView.NextGroupWeek(module, CohortCalendar.For(cohort), now);
        return new HomeSnapshot(userId, firstVisit, now, cohort, module, done.ToHashSet(StringComparer.Ordinal), logs, reflections)
        {
            NextGroup = nextWeek is null ? null : await groups.FindAsync(userId, cohort!.Id, nextWeek.Number, cancellationToken),
        };
    }

    /// <summary>
    /// First or latest visit, as one upsert (SQLite and PostgreSQL alike): two opens at once cannot collide
    /// on the key.
    /// </summary>
    public async Task RecordVisitAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "HomeVisits" ("UserId", "FirstOpenedAt", "LastOpenedAt") VALUES ({userId}, {now}, {now})
            ON CONFLICT ("UserId") DO UPDATE SET "LastOpenedAt" = excluded."LastOpenedAt"
            """,
            cancellationToken);
    }
}
