using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Data;

namespace ProDevBot.Privacy;

/// <summary>
/// Deletes one user's rows from every table that holds them, and the outbox rows about them (a coach's digest naming
/// them), in one transaction. What stays is their user id in <see cref="RosterOptOut"/>, so their cohort channel's roster
/// sync does not enroll them again.
/// </summary>
public sealed class PersonalDataEraser(ProDevDbContext db, StudentCohorts students)
{
    private const string LikeEscape = "\\";

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
        rows += await db.DeliverableClicks.Where(c => c.StudentId == userId).ExecuteDeleteAsync(cancellationToken);
        rows += await db.GroupMembers.Where(m => m.StudentId == userId).ExecuteDeleteAsync(cancellationToken); // their places in Wednesday groups
        rows += await db.CalendarSubscriptions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken); // their links stop working

        // Every outbox row addressed to them is deleted, not only pending ones: sent rows keep the message text
        // (an export DM holds all their data). A row a dispatcher holds right now is then simply not marked sent.
        rows += await db.OutboxMessages.Where(m => m.Recipient == userId).ExecuteDeleteAsync(cancellationToken);

        // Rows to others that name them: a mention (<@U…>, stored JSON-escaped as \u003E) or a button carrying their id
        // ("U…"), in any status. A pending digest goes unsent rather than out with their name in it. The patterns carry
        // an explicit ESCAPE and escape their text, so the stored backslash of \u003E (and any % or _) matches itself
        // whatever a provider's default is (PostgreSQL's LIKE escapes with a backslash unless told otherwise).
        var mention = $"%{Literal($"@{userId}>")}%";
        var escaped = $"%{Literal($"@{userId}\\u003E")}%";
        var value = $"%{Literal($"\"{userId}\"")}%";
        rows += await db.OutboxMessages
            .Where(m => EF.Functions.Like(m.Payload, mention, LikeEscape) || EF.Functions.Like(m.Payload, escaped, LikeEscape)
                || EF.Functions.Like(m.Payload, value, LikeEscape))
            .ExecuteDeleteAsync(cancellationToken);
        await RosterOptOuts.OptOutAsync(db, userId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        students.Forget(userId);
        return rows;
    }

    /// <summary>Text matched as itself inside a LIKE pattern with <see cref="LikeEscape"/>.</summary>
    private static string Literal(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
}
