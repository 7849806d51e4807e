using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Slack;

namespace ProDevBot.Outbox;

/// <summary>Writes messages down for the dispatcher. A key already present is left as it is, whatever its status.</summary>
public sealed class OutboxWriter(ProDevDbContext db, OutboxSignal signal, TimeProvider clock)
{
    /// <summary>Stores each envelope whose key is new; returns how many were new.</summary>
    public async Task<int> EnqueueAsync(IEnumerable<OutboxEnvelope> envelopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var added = 0;
        // Joins a caller's transaction (a nudge run records itself with its rows) or opens its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        foreach (var envelope in envelopes)
        {
            var payload = JsonSerializer.Serialize(envelope.Message, SlackJson.Options);
            var due = envelope.NotBefore?.ToUnixTimeMilliseconds() ?? now;
            var notAfter = envelope.NotAfter?.ToUnixTimeMilliseconds();

            // ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) makes a repeated or concurrent request a no-op
            // without a read-then-write race.
            added += await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO "OutboxMessages" ("Key", "Kind", "Recipient", "Payload", "Status", "Attempts", "CreatedAt", "NextAttemptAt", "NotAfter")
                VALUES ({envelope.Key}, {envelope.Kind}, {envelope.Recipient}, {payload}, 0, 0, {now}, {due}, {notAfter})
                ON CONFLICT ("Key") DO NOTHING
                """,
                cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        if (added > 0)
        {
            signal.Notify();
        }

        return added;
    }

    public Task<int> EnqueueAsync(OutboxEnvelope envelope, CancellationToken cancellationToken) =>
        EnqueueAsync([envelope], cancellationToken);
}
