using Microsoft.EntityFrameworkCore;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Progress;

namespace ProDevBot.Deliverables;

/// <summary>
/// A student's check-offs for one module. A deliverable whose checklist is fully ticked gets a
/// <see cref="DeliverableCompletion"/> (deadline reminders read only those); unticking one removes it.
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

    public async Task SetTickedAsync(string studentId, int module, Deliverable deliverable, IReadOnlyCollection<string> ticked, CancellationToken cancellationToken)
    {
        var known = deliverable.Checklist.Select(i => i.Id).Where(ticked.Contains).ToHashSet();
        var existing = await db.ChecklistItemCompletions
            .Where(c => c.StudentId == studentId && c.Module == module && c.DeliverableId == deliverable.Id).ToListAsync(cancellationToken);
        // Only the items the student could untick: a tick on an item the curriculum has since dropped is kept for the export.
        db.ChecklistItemCompletions.RemoveRange(existing.Where(e => !known.Contains(e.ItemId) && deliverable.Checklist.Any(i => i.Id == e.ItemId)));
        foreach (var id in known.Where(id => existing.All(e => e.ItemId != id)))
        {
            db.ChecklistItemCompletions.Add(new() { StudentId = studentId, Module = module, DeliverableId = deliverable.Id, ItemId = id, CompletedAt = clock.GetUtcNow() });
        }

        await SetDoneCoreAsync(studentId, module, deliverable.Id, known.Count == deliverable.Checklist.Count, null, cancellationToken);
    }

    public Task SetDoneAsync(string studentId, int module, string deliverableId, bool done, CancellationToken cancellationToken) =>
        SetDoneCoreAsync(studentId, module, deliverableId, done, null, cancellationToken);

    public Task SetUrlAsync(string studentId, int module, string deliverableId, string url, CancellationToken cancellationToken) =>
        SetDoneCoreAsync(studentId, module, deliverableId, true, url, cancellationToken);

    private async Task SetDoneCoreAsync(string studentId, int module, string deliverableId, bool done, string? url, CancellationToken cancellationToken)
    {
        var completion = await db.DeliverableCompletions.FirstOrDefaultAsync(
            c => c.StudentId == studentId && c.Module == module && c.DeliverableId == deliverableId, cancellationToken);
        if (!done && completion is not null)
        {
            db.DeliverableCompletions.Remove(completion);
        }
        else if (done && completion is null)
        {
            db.DeliverableCompletions.Add(new() { StudentId = studentId, Module = module, DeliverableId = deliverableId, CompletedAt = clock.GetUtcNow(), Url = url });
        }
        else if (done && url is not null)
        {
            completion!.Url = url;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
