using Microsoft.EntityFrameworkCore;
using ProDevBot.Curriculum;
using ProDevBot.Data;

namespace ProDevBot.Groups;

/// <summary>
/// Which group a student meets in a week: the query the reminder, `/prodev week`, the Home tab and the calendar feed
/// share. Homeroom weeks read the cohort's Homeroom groups (placing late joiners first); Mix It Up weeks the round
/// the student was placed in. Members who have left their cohort since are not named.
/// </summary>
public sealed class StudentGroups(ProDevDbContext db, CurriculumCatalog curriculum, GroupRoster roster, GroupPresence presence)
{
    /// <summary>The student's group in <paramref name="week"/> of their cohort's module; null when none is formed.</summary>
    public async Task<StudentGroupInfo?> FindAsync(string studentUserId, string cohortId, int week, CancellationToken cancellationToken)
    {
        // The common case, a cohort with no groups that week, is answered from memory (see GroupPresence).
        if (!await presence.AnyAsync(cohortId, week, () => AnyFormedAsync(cohortId, week, cancellationToken)))
        {
            return null;
        }

        return (await ForCohortAsync(cohortId, week, cancellationToken)).GetValueOrDefault(studentUserId);
    }

    private Task<bool> AnyFormedAsync(string cohortId, int week, CancellationToken cancellationToken) =>
        db.GroupMembers.AsNoTracking().AnyAsync(
            m => m.CohortId == cohortId && (m.Group!.Kind == GroupKind.Homeroom || m.Group.Week == week), cancellationToken);

    /// <summary>Every placed student of the cohort and their group in <paramref name="week"/>.</summary>
    public async Task<IReadOnlyDictionary<string, StudentGroupInfo>> ForCohortAsync(string cohortId, int week, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null || curriculum.Find(cohort.Module) is not { } module)
        {
            return new Dictionary<string, StudentGroupInfo>();
        }

        // A module without a plan for the week (Module 4 lists none) can still take part in a Mix It Up round.
        var kind = module.FindWeek(week)?.Group ?? GroupKind.MixItUp;
        var groups = kind switch
        {
            GroupKind.Homeroom => await roster.SyncHomeroomAsync(cohort, cancellationToken),
            GroupKind.MixItUp => await db.StudentGroups.AsNoTracking().Include(g => g.Members)
                .Where(g => g.Kind == GroupKind.MixItUp && g.Week == week && g.Members.Any(m => m.CohortId == cohort.Id && m.Module == cohort.Module))
                .ToListAsync(cancellationToken),
            _ => [],
        };
        if (groups.Count == 0)
        {
            return new Dictionary<string, StudentGroupInfo>();
        }

        var ids = groups.SelectMany(g => g.Members).Select(m => m.StudentId).Distinct().ToList();
        var cohortOf = await db.Enrollments.AsNoTracking().Where(e => ids.Contains(e.StudentId))
            .ToDictionaryAsync(e => e.StudentId, e => e.CohortId, StringComparer.Ordinal, cancellationToken);
        var defaultRoom = await db.CohortGroupSettings.AsNoTracking().Where(s => s.CohortId == cohort.Id)
            .Select(s => s.DefaultRoomUrl).FirstOrDefaultAsync(cancellationToken);

        var found = new Dictionary<string, StudentGroupInfo>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var present = group.Members
                .Where(m => cohortOf.TryGetValue(m.StudentId, out var now) && string.Equals(now, m.CohortId, StringComparison.Ordinal))
                .Select(m => m.StudentId).Order(StringComparer.Ordinal).ToList();
            foreach (var member in group.Members.Where(m => string.Equals(m.CohortId, cohort.Id, StringComparison.Ordinal) && present.Contains(m.StudentId)))
            {
                found[member.StudentId] = new StudentGroupInfo(group.Kind, group.Number, [.. present.Where(p => p != member.StudentId)], group.RoomUrl ?? defaultRoom)
                {
                    SharedRoom = group.RoomUrl is null && defaultRoom is not null,
                    Round = group.Round,
                };
            }
        }

        return found;
    }
}
