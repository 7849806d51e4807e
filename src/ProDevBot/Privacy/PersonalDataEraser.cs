using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Data;

namespace ProDevBot.Privacy;

/// <summary>Deletes one user's rows from every table that holds them, in one transaction.</summary>
public sealed class PersonalDataEraser(ProDevDbContext db, StudentCohorts students)
{
    /// <returns>How many rows went.</returns>
    public async Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = 0;
        rows += await db.Enrollments.Where(e => e.StudentId == userId).ExecuteDeleteAsync(cancellationToken);
        rows += await db.Reflections.Where(r => r.StudentId == userId).ExecuteDeleteAsync(cancellationToken);
        rows += await db.NetworkingActivities.Where(a => a.StudentId == userId).ExecuteDeleteAsync(cancellationToken);
        rows += await db.DeliverableCompletions.Where(c => c.StudentId == userId).ExecuteDeleteAsync(cancellationToken);
        rows += await db.ChecklistItemCompletions.Where(c => c.StudentId == userId).ExecuteDeleteAsync(cancellationToken);
        rows += await db.HomeVisits.Where(v => v.UserId == userId).ExecuteDeleteAsync(cancellationToken);

        // Every outbox row addressed to them is deleted, not only pending ones: sent rows keep the message text
        // (an export DM holds all their data). A row a dispatcher holds right now is then simply not marked sent.
        rows += await db.OutboxMessages.Where(m => m.Recipient == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        students.Forget(userId);
        return rows;
    }
}
