using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Events;

/// <summary>
/// Claims an event_id in <c>ProcessedEvents</c>: the insert either adds the row (first delivery) or does nothing
/// (a retry), in one statement, so two deliveries racing each other cannot both win.
/// </summary>
internal sealed class ProcessedEventDeduplicator(ProDevDbContext db, TimeProvider clock) : IEventDeduplicator
{
    /// <summary>Slack's last retry comes about 5 minutes after the event; a day is far past it.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private const int MaxEventId = 64;

    public async Task<bool> TryClaimAsync(EventCallback callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.EventId.Length > MaxEventId)
        {
            return true; // cannot be stored; Slack's ids are ~11 characters, so this is not Slack
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        var cutoff = now - KeepFor;

        // Pruning on insert keeps the table to a day of events without a job; ReceivedAt is indexed. Instants are
        // written in UTC, so the stored text compares in time order on SQLite.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""DELETE FROM "ProcessedEvents" WHERE "ReceivedAt" < {cutoff}""", cancellationToken);
        var added = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "ProcessedEvents" ("EventId", "ReceivedAt") VALUES ({callback.EventId}, {now})
            ON CONFLICT ("EventId") DO NOTHING
            """,
            cancellationToken);
        return added == 1;
    }
}
