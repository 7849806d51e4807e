using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Outbox;

namespace ProDevBot.Nudges;

/// <summary>
/// The rule for students who arrive mid-week (`/prodev join` or the roster sync): when this week's kickoff has already
/// run and is still useful (before the week's group), they get it once, on joining. It carries the scheduled kickoff's
/// own key, so leaving and joining again, or a repeated sync, sends nothing more.
/// </summary>
public sealed class LateKickoff(ProDevDbContext db, CurriculumCatalog curriculum, NudgeRunner runner, OutboxWriter outbox, TimeProvider clock)
{
    /// <returns>How many kickoffs were queued.</returns>
    public async Task<int> SendAsync(Cohort cohort, IReadOnlyCollection<string> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(students);
        if (students.Count == 0 || curriculum.Find(cohort.Module) is not { } module)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var kickoff = NudgeCalendar.For(cohort, module).FirstOrDefault(o => o.Kind == NudgeKind.Kickoff && o.At <= now && now < o.NotAfter);
        var run = kickoff is null ? "" : NudgeRun.For(module.Number, kickoff);
        if (kickoff is null
            || await db.CohortPauses.AnyAsync(p => p.CohortId == cohort.Id && p.From <= kickoff.Date && kickoff.Date <= p.To, cancellationToken)
            || !await db.NudgeRuns.AnyAsync(r => r.CohortId == cohort.Id && r.Occurrence == run, cancellationToken))
        {
            return 0; // no kickoff this week, a break, or its trigger has yet to run (and will include them)
        }

        var envelopes = await runner.EnvelopesAsync(cohort, module, kickoff, "", cancellationToken);
        return await outbox.EnqueueAsync(envelopes.Where(e => students.Contains(e.Recipient)), cancellationToken);
    }
}
