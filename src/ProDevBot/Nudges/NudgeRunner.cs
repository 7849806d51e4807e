using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Groups;
using ProDevBot.Outbox;

namespace ProDevBot.Nudges;

/// <summary>
/// Turns one occurrence into outbox rows, one per student who should get it. Keys are (kind, cohort, student,
/// date), so running the same occurrence again — a repeated trigger, a misfire after a restart — adds nothing.
/// An occurrence run after its <see cref="NudgeOccurrence.NotAfter"/> is still written, and the dispatcher
/// records it as skipped instead of sending it late.
/// </summary>
public sealed class NudgeRunner(ProDevDbContext db, CurriculumCatalog curriculum, NudgeMessages messages, OutboxWriter outbox, StudentGroups groups, GroupDirectMessages groupMessages, IServiceProvider services, TimeProvider clock)
{
    /// <summary>Enqueues the cohort's <paramref name="kind"/> nudge dated <paramref name="date"/>; returns how many rows were new.</summary>
    public async Task<int> RunAsync(string cohortId, NudgeKind kind, DateOnly date, CancellationToken cancellationToken, string? keyPrefix = null)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Pauses).FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null || curriculum.Find(cohort.Module) is not { } module)
        {
            return 0;
        }

        var occurrence = NudgeCalendar.For(cohort, module).FirstOrDefault(o => o.Kind == kind && o.Date == date);
        if (occurrence is null || cohort.Pauses.Any(p => p.Covers(date)))
        {
            return 0;
        }

        // One write transaction from the run's record to the last row: a `/prodev join` commits either before it (the
        // student is read here) or after it (and sees the run, see LateKickoff). A crash before the commit leaves no
        // record, so the start-up reconciler schedules the occurrence again.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (keyPrefix is null)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO "NudgeRuns" ("CohortId", "Occurrence", "RanAt") VALUES ({cohort.Id}, {NudgeRun.For(module.Number, occurrence)}, {clock.GetUtcNow()})
                ON CONFLICT ("CohortId", "Occurrence") DO NOTHING
                """,
                cancellationToken);
        }

        var envelopes = await EnvelopesAsync(cohort, module, occurrence, keyPrefix ?? "", cancellationToken);
        if (occurrence.Kind == NudgeKind.Kickoff && keyPrefix is null)
        {
            envelopes.AddRange(await groupMessages.EnvelopesAsync(cohort, module, occurrence, cancellationToken));
        }

        var added = await outbox.EnqueueAsync(envelopes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>The rows an occurrence produces, without storing them (previews and the runner share this).</summary>
    public async Task<List<OutboxEnvelope>> EnvelopesAsync(Cohort cohort, Module module, NudgeOccurrence occurrence, string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(occurrence);
        // A kind another feature owns (the coach digest is Reports'), or nothing when that feature is not registered.
        if (occurrence.Kind == NudgeKind.CoachDigest)
        {
            return services.GetKeyedService<INudgeHandler>(occurrence.Kind) is { } handler
                ? await handler.EnvelopesAsync(cohort, occurrence, keyPrefix, cancellationToken)
                : [];
        }

        var mute = NudgeCalendar.MuteFlag(occurrence.Kind);
        var students = await db.Enrollments.AsNoTracking()
            .Where(e => e.CohortId == cohort.Id && (e.PausedUntil == null || e.PausedUntil < occurrence.Date) && (e.MutedNudges & mute) == 0)
            .Select(e => e.StudentId)
            .OrderBy(s => s)
            .ToListAsync(cancellationToken);

        var ids = occurrence.Deliverables.Select(d => d.Id).ToList();
        var done = ids.Count == 0
            ? []
            : await db.DeliverableCompletions.AsNoTracking()
                .Where(c => c.Module == module.Number && ids.Contains(c.DeliverableId) && students.Contains(c.StudentId))
                .Select(c => new { c.StudentId, c.DeliverableId })
                .ToListAsync(cancellationToken);
        var doneBy = done.ToLookup(d => d.StudentId, d => d.DeliverableId);

        var groupOf = occurrence.Kind == NudgeKind.Group
            ? await groups.ForCohortAsync(cohort.Id, occurrence.Week, cancellationToken)
            : new Dictionary<string, StudentGroupInfo>();
        var envelopes = new List<OutboxEnvelope>();
        foreach (var student in students)
        {
            var pending = occurrence.Deliverables.Where(d => !doneBy[student].Contains(d.Id)).ToList();
            if (occurrence.Deliverables.Count > 0 && pending.Count == 0)
            {
                continue; // everything this reminder is about is done
            }

            var kind = occurrence.Kind.ToString().ToLowerInvariant();
            envelopes.Add(new OutboxEnvelope(
                $"{keyPrefix}{kind}:{cohort.Id}:{student}:{occurrence.Date:yyyy-MM-dd}",
                kind,
                student,
                messages.Build(occurrence, cohort, module, pending, groupOf.GetValueOrDefault(student)))
            {
                NotBefore = occurrence.At,
                NotAfter = occurrence.NotAfter,
            });
        }

        return envelopes;
    }
}
