using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;

namespace ProDevBot.Groups;

/// <summary>Forms and finds Mix It Up rounds: one week's groups across several cohorts.</summary>
public sealed class MixItUpRounds(ProDevDbContext db, GroupRoster roster, GroupPresence presence)
{
    /// <summary>The rounds of <paramref name="week"/> that already hold students of these cohorts (in their current modules).</summary>
    public async Task<List<string>> ExistingAsync(IReadOnlyList<Cohort> cohorts, int week, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var rounds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cohort in cohorts)
        {
            rounds.UnionWith(await db.GroupMembers.AsNoTracking()
                .Where(m => m.CohortId == cohort.Id && m.Module == cohort.Module && m.Group!.Kind == GroupKind.MixItUp && m.Group.Week == week)
                .Select(m => m.Round).Distinct().ToListAsync(cancellationToken));
        }

        return [.. rounds.Order(StringComparer.Ordinal)];
    }

    /// <summary>Replaces <paramref name="replace"/> with new groups for the cohorts' placeable students.</summary>
    public async Task<(List<StudentGroup> Groups, MixItUpArrangement Arrangement)> FormAsync(
        IReadOnlyList<Cohort> cohorts, int week, int size, int? seed, IReadOnlyList<string> replace, string coachId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(replace);
        var round = GroupRounds.MixItUp(week, cohorts.Select(c => c.Id));
        var students = new List<MixItUpStudent>();
        foreach (var cohort in cohorts)
        {
            students.AddRange((await roster.ActiveStudentsAsync(cohort, cancellationToken)).Select(s => new MixItUpStudent(s, cohort.Id, cohort.Module)));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var old in replace.Append(round).Distinct(StringComparer.Ordinal))
        {
            await roster.DeleteRoundAsync(old, cancellationToken);
        }

        var met = await MetBeforeAsync(students.Select(s => s.Id).ToList(), cancellationToken);
        var usedSeed = seed ?? GroupRounds.DefaultSeed(round);
        var arrangement = MixItUpSearch.Arrange(students, GroupSizes.For(students.Count, size), met, usedSeed);
        var byId = cohorts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var groups = new List<StudentGroup>();
        foreach (var (members, i) in arrangement.Groups.Select((g, i) => (g, i)))
        {
            var group = roster.NewGroup(GroupKind.MixItUp, round, 0, week, i + 1, usedSeed, coachId);
            group.Members.AddRange(members.Select(m => roster.NewMember(group, m.Id, byId[m.CohortId])));
            groups.Add(group);
        }

        db.StudentGroups.AddRange(groups);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        presence.Changed();
        return (groups, arrangement);
    }

    /// <summary>Every pair of these students who shared a Mix It Up group in another round.</summary>
    public async Task<HashSet<string>> MetBeforeAsync(IReadOnlyList<string> students, CancellationToken cancellationToken)
    {
        var groupIds = await db.GroupMembers.AsNoTracking()
            .Where(m => students.Contains(m.StudentId) && m.Group!.Kind == GroupKind.MixItUp)
            .Select(m => m.GroupId).Distinct().ToListAsync(cancellationToken);
        var members = await db.GroupMembers.AsNoTracking()
            .Where(m => groupIds.Contains(m.GroupId))
            .Select(m => new { m.GroupId, m.StudentId }).ToListAsync(cancellationToken);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in members.GroupBy(m => m.GroupId))
        {
            var ids = group.Select(m => m.StudentId).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    pairs.Add(MixItUpSearch.Pair(ids[i], ids[j]));
                }
            }
        }

        return pairs;
    }
}
