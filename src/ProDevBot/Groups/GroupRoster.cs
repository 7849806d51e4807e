using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;

namespace ProDevBot.Groups;

/// <summary>
/// Reads and keeps up Homeroom groups: who of a cohort can be placed, the groups as stored, and the catch-up that
/// drops leavers and puts late joiners into the smallest group. The catch-up runs whenever groups are read, so
/// it needs no hook in joining or leaving, and it is recorded, so every reader sees the same groups.
/// </summary>
public sealed class GroupRoster(ProDevDbContext db, GroupPresence presence, TimeProvider clock)
{
    /// <summary>The cohort's students who can be placed today: enrolled and not paused, by id.</summary>
    public async Task<List<string>> ActiveStudentsAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var today = CohortCalendar.For(cohort).LocalDate(clock.GetUtcNow());
        var students = await db.Enrollments.AsNoTracking()
            .Where(e => e.CohortId == cohort.Id && (e.PausedUntil == null || e.PausedUntil < today))
            .Select(e => e.StudentId)
            .ToListAsync(cancellationToken);
        return [.. students.Order(StringComparer.Ordinal)];
    }

    public async Task<List<StudentGroup>> HomeroomAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var round = GroupRounds.Homeroom(cohort.Id, cohort.Module);
        return await db.StudentGroups.Include(g => g.Members)
            .Where(g => g.Round == round)
            .OrderBy(g => g.Number)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The cohort's Homeroom groups after dropping leavers and placing late joiners; empty when none were formed.
    /// A class reads its groups at the same moment (everyone's <c>/prodev week</c>, on any instance), so the catch-up
    /// is written as statements that do not conflict: a delete of whoever left, and an insert of each late joiner that
    /// does nothing when another reader placed them first (or when a coach's re-form removed the group meanwhile).
    /// Then the groups are read back as stored, so every reader answers with the same groups.
    /// </summary>
    public async Task<List<StudentGroup>> SyncHomeroomAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        var groups = await HomeroomAsync(cohort, cancellationToken);
        if (groups.Count == 0)
        {
            return groups;
        }

        // One read of the cohort's enrollments serves both who left and who is late (paused students wait, as in
        // ActiveStudentsAsync); this runs on every Homeroom-week read.
        var today = CohortCalendar.For(cohort).LocalDate(clock.GetUtcNow());
        var enrolled = (await db.Enrollments.AsNoTracking().Where(e => e.CohortId == cohort.Id)
            .Select(e => new { e.StudentId, e.JoinedAt, e.PausedUntil }).ToListAsync(cancellationToken)).ToDictionary(e => e.StudentId, StringComparer.Ordinal);
        var round = groups[0].Round;
        var leavers = groups.SelectMany(g => g.Members).Select(m => m.StudentId).Where(s => !enrolled.ContainsKey(s)).ToList();
        var sizes = groups.ToDictionary(g => g.Id, g => g.Members.Count(m => enrolled.ContainsKey(m.StudentId)));
        var placed = groups.SelectMany(g => g.Members).Select(m => m.StudentId).ToHashSet(StringComparer.Ordinal);
        var late = enrolled.Values.Where(e => (e.PausedUntil is null || e.PausedUntil < today) && !placed.Contains(e.StudentId))
            .OrderBy(e => e.JoinedAt).ThenBy(e => e.StudentId, StringComparer.Ordinal).Select(e => e.StudentId).ToList();
        if (leavers.Count == 0 && late.Count == 0)
        {
            return groups;
        }

        if (leavers.Count > 0)
        {
            await db.GroupMembers.Where(m => m.Round == round && leavers.Contains(m.StudentId)).ExecuteDeleteAsync(cancellationToken);
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        try
        {
            foreach (var student in late)
            {
                // Smallest first; among equals the lowest number, so the result does not depend on the order of reading.
                var smallest = groups.OrderBy(g => sizes[g.Id]).ThenBy(g => g.Number).First();
                sizes[smallest.Id]++;
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    INSERT INTO "GroupMembers" ("GroupId", "StudentId", "Round", "CohortId", "Module", "AddedAt")
                    SELECT {smallest.Id}, {student}, {round}, {cohort.Id}, {cohort.Module}, {now}
                    WHERE EXISTS (SELECT 1 FROM "StudentGroups" WHERE "Id" = {smallest.Id})
                    ON CONFLICT DO NOTHING
                    """,
                    cancellationToken);
            }
        }
        catch (DbException)
        {
            // A coach's re-form deleted the group between the check and the insert: the new groups are read below.
        }

        // Read again as stored; only the groups are forgotten, not what the caller's context tracks besides them.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is StudentGroup or GroupMember).ToList())
        {
            entry.State = EntityState.Detached;
        }

        return await HomeroomAsync(cohort, cancellationToken);
    }

    /// <summary>Replaces the cohort's Homeroom groups (and their room links) with new ones dealt from <paramref name="seed"/>.</summary>
    public async Task<List<StudentGroup>> FormHomeroomAsync(Cohort cohort, IReadOnlyList<string> students, int size, int seed, string coachId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var round = GroupRounds.Homeroom(cohort.Id, cohort.Module);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DeleteRoundAsync(round, cancellationToken);
        var dealt = SeededShuffle.Deal(students, GroupSizes.For(students.Count, size), seed);
        var groups = dealt.Select((members, i) => NewGroup(GroupKind.Homeroom, round, cohort.Module, 0, i + 1, seed, coachId)).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            groups[i].Members.AddRange(dealt[i].Select(s => NewMember(groups[i], s, cohort)));
        }

        db.StudentGroups.AddRange(groups);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        presence.Changed();
        return groups;
    }

    /// <summary>Deletes a round's groups with their members and room links.</summary>
    public async Task<int> DeleteRoundAsync(string round, CancellationToken cancellationToken)
    {
        await db.GroupMembers.Where(m => m.Round == round).ExecuteDeleteAsync(cancellationToken);
        return await db.StudentGroups.Where(g => g.Round == round).ExecuteDeleteAsync(cancellationToken);
    }

    public StudentGroup NewGroup(GroupKind kind, string round, int module, int week, int number, int seed, string coachId) => new()
    {
        Kind = kind,
        Round = round,
        Module = module,
        Week = week,
        Number = number,
        Seed = seed,
        FormedBy = coachId,
        FormedAt = clock.GetUtcNow(),
    };

    public GroupMember NewMember(StudentGroup group, string studentId, Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(cohort);
        return new GroupMember { Round = group.Round, StudentId = studentId, CohortId = cohort.Id, Module = cohort.Module, AddedAt = clock.GetUtcNow() };
    }
}
