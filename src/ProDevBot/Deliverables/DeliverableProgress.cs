using Microsoft.EntityFrameworkCore;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Progress;

namespace ProDevBot.Deliverables;

/// <summary>
/// A student's check-offs for one module. A deliverable whose checklist is fully ticked gets a
/// <see cref="DeliverableCompletion"/> (deadline reminders read only those); unticking one removes it. Every change is
/// one write transaction of idempotent statements (insert-or-nothing, delete), so two quick clicks cannot collide on a
/// key, and a click with an older <c>action_ts</c> than the last one applied is dropped (<see cref="DeliverableClick"/>).
/// </summary>
public sealed class DeliverableProgress(ProDevDbContext db, TimeProvider clock)
{
    public sealed record Snapshot(IReadOnlyDictionary<string, DeliverableCompletion> Done, ILookup<string, string> Ticked);

    public async Task<Snapshot> LoadAsync(string studentId, int module, CancellationToken cancellationToken)
    {
        var done = await db.DeliverableCompletions.AsNoTracking().Where(c => c.StudentId == studentId && c.Module == module).ToListAsync(cancellationToken);
        var items = await db.ChecklistItemCompletions.AsNoTracking().Where(c => c.StudentId == studentId && c.Module == module).ToListAsync(cancellationToken);
        return new(done.ToDictionary(c => c.DeliverableId), items.ToLookup(i => i.DeliverableId, i => i.ItemId));
    }

    /// <returns>False when the click was older than one already applied, and changed nothing.</returns>
    public async Task<bool> SetTickedAsync(
        string studentId, int module, Deliverable deliverable, IReadOnlyCollection<string> ticked, string? actionTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliverable);
        var known = deliverable.Checklist.Select(i => i.Id).Where(ticked.Contains).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await IsNewestAsync(studentId, module, deliverable.Id, actionTs, cancellationToken))
        {
            return false;
        }

        // Only the items the student could untick: a tick on an item the curriculum has since dropped is kept for the export.
        var listed = deliverable.Checklist.Select(i => i.Id).ToList();
        await db.ChecklistItemCompletions
            .Where(c => c.StudentId == studentId && c.Module == module && c.DeliverableId == deliverable.Id
                && !known.Contains(c.ItemId) && listed.Contains(c.ItemId))
            .ExecuteDeleteAsync(cancellationToken);
        foreach (var id in known)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO "ChecklistItemCompletions" ("StudentId", "Module", "DeliverableId", "ItemId", "CompletedAt")
                VALUES ({studentId}, {module}, {deliverable.Id}, {id}, {clock.GetUtcNow()})
                ON CONFLICT ("StudentId", "Module", "DeliverableId", "ItemId") DO NOTHING
                """,
                cancellationToken);
        }

        await SetDoneCoreAsync(studentId, module, deliverable.Id, known.Count == deliverable.Checklist.Count, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <returns>False when the click was older than one already applied, and changed nothing.</returns>
    public async Task<bool> SetDoneAsync(string studentId, int module, string deliverableId, bool done, string? actionTs, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await IsNewestAsync(studentId, module, deliverableId, actionTs, cancellationToken))
        {
            return false;
        }

        await SetDoneCoreAsync(studentId, module, deliverableId, done, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task SetDoneAsync(string studentId, int module, string deliverableId, bool done, CancellationToken cancellationToken) =>
        SetDoneCoreAsync(studentId, module, deliverableId, done, null, cancellationToken);

    public Task SetUrlAsync(string studentId, int module, string deliverableId, string url, CancellationToken cancellationToken) =>
        SetDoneCoreAsync(studentId, module, deliverableId, true, url, cancellationToken);

    /// <summary>Records the click as the newest unless a newer one was applied; a click without a readable ts always applies.</summary>
    private async Task<bool> IsNewestAsync(string studentId, int module, string deliverableId, string? actionTs, CancellationToken cancellationToken)
    {
        if (DeliverableClick.ParseActionTs(actionTs) is not { } ts)
        {
            return true;
        }

        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "DeliverableClicks" ("StudentId", "Module", "DeliverableId", "ActionTs") VALUES ({studentId}, {module}, {deliverableId}, {ts})
            ON CONFLICT ("StudentId", "Module", "DeliverableId") DO UPDATE SET "ActionTs" = excluded."ActionTs"
            WHERE excluded."ActionTs" >= "DeliverableClicks"."ActionTs"
            """,
            cancellationToken) == 1;
    }

    private async Task SetDoneCoreAsync(string studentId, int module, string deliverableId, bool done, string? url, CancellationToken cancellationToken)
    {
        if (!done)
        {
            await db.DeliverableCompletions.Where(c => c.StudentId == studentId && c.Module == module && c.DeliverableId == deliverableId)
                .ExecuteDeleteAsync(cancellationToken);
            return;
        }

        // Done already stays done from its first moment; a link replaces the one handed in before.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "DeliverableCompletions" ("StudentId", "Module", "DeliverableId", "CompletedAt", "Url")
            VALUES ({studentId}, {module}, {deliverableId}, {clock.GetUtcNow()}, {url})
            ON CONFLICT ("StudentId", "Module", "DeliverableId") DO UPDATE SET "Url" = coalesce(excluded."Url", "DeliverableCompletions"."Url")
            """,
            cancellationToken);
    }
}
