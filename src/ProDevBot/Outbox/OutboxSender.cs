using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProDevBot.Data;
using ProDevBot.Slack;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;
using ProDevBot.Telemetry;

namespace ProDevBot.Outbox;

/// <summary>
/// Claims due rows under a lease and sends them. A row becomes Sent in the same UPDATE that records Slack's ts,
/// and only while this claim still holds it, so a row taken over after an expired lease is never marked twice.
/// Each send is one HTTP attempt with a deadline well inside the lease (retries are this class's stored backoff,
/// not the Slack client's), so no send is still in flight when another claimer may take the row. The lease is renewed
/// while the batch is sent (<see cref="OutboxLease"/>), so it can be short: a dead claimer's rows are free a lease
/// after its last renewal. On shutdown the claims not finished are released at once.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<ProDevDbContext> contexts,
    ISlackApi slack,
    DirectMessageChannels channels,
    SlackDeliveryState state,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger,
    ProDevMetrics metrics)
{
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromMinutes(10);
    private readonly OutboxOptions _options = options.Value;

    /// <summary>Claims one batch and sends it; returns how many rows were claimed (0 when nothing is due).</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        if (state.Problem is not null)
        {
            return 0;
        }

        var (token, leaseUntil, batch) = await ClaimAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        try
        {
            await using var lease = new OutboxLease(token, leaseUntil, _options.Lease, contexts, clock, logger);
            await Parallel.ForEachAsync(
                batch,
                new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = cancellationToken },
                (message, ct) => new ValueTask(SendAsync(message, lease, ct)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: rows not sent go back now rather than wait out the lease (the next start takes them).
            await ReleaseAsync(token);
            throw;
        }

        return batch.Count;
    }

    private async Task<(string Token, DateTimeOffset LeaseUntil, List<OutboxMessage> Batch)> ClaimAsync(CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow();
        var leaseUntil = now + _options.Lease;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One UPDATE … WHERE Id IN (SELECT … LIMIT n): atomic on SQLite's single writer. On PostgreSQL several
        // instances claim at once: FOR UPDATE SKIP LOCKED hands each claimer rows no other claim is taking right now,
        // instead of all of them queueing on the same oldest rows.
        if (db.Database.IsNpgsql())
        {
            await ClaimSkippingLockedAsync(db, token, now, leaseUntil, cancellationToken);
        }
        else
        {
            await db.OutboxMessages
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Take(_options.BatchSize)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, token).SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);
        }

        var batch = await db.OutboxMessages.AsNoTracking().Where(m => m.LeaseToken == token).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return (token, leaseUntil, batch);
    }

    private Task<int> ClaimSkippingLockedAsync(ProDevDbContext db, string token, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        // Instants are Unix milliseconds in this table (see ProDevDbContext).
        var nowMs = now.ToUnixTimeMilliseconds();
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE "OutboxMessages" SET "LeaseToken" = {token}, "LeaseUntil" = {leaseUntil.ToUnixTimeMilliseconds()}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "Status" = {(int)OutboxStatus.Pending} AND "NextAttemptAt" <= {nowMs} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {nowMs})
                ORDER BY "NextAttemptAt", "Id"
                LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED)
            """,
            cancellationToken);
    }

    private async Task SendAsync(OutboxMessage message, OutboxLease lease, CancellationToken cancellationToken)
    {
        var token = lease.Token;
        var now = clock.GetUtcNow();
        var deadline = Deadline(now, lease.Until);
        if (deadline <= now || state.Problem is not null)
        {
            // The lease (nearly) ran out while earlier rows were paced, or sending stopped: leave the row for the next claim.
            metrics.Send("released");
            await ReleaseAsync(token, message.Id);
            return;
        }

        if (message.NotAfter is { } notAfter && now > notAfter)
        {
            metrics.Send("skipped");
            await FinishAsync(message.Id, token, OutboxStatus.Skipped, $"not sent: past {notAfter:u}", cancellationToken);
            return;
        }

        PostedMessage posted;
        try
        {
            // A user id goes to chat.postMessage as it is: Slack posts into the app's DM with that user and answers with
            // the DM's id. Opening the DM first (conversations.open, Tier 3: ~50/min) capped a fan-out to new users at
            // 50 a minute, twenty minutes for a 1,000-student nudge (bench/README.md, "Fan-out").
            var body = JsonSerializer.Deserialize<SlackMessage>(message.Payload, SlackJson.Options)!;
            // A group DM (Wednesday groups) has no id until conversations.open names it; Slack gives the same one each time.
            var channel = DirectMessageChannels.IsGroup(message.Recipient) ? await channels.OpenAsync(message.Recipient, cancellationToken) : message.Recipient;
            var request = new PostMessageRequest(channel, body)
            {
                IdempotencyKey = message.Key,
                Budget = SlackCallBudget.SingleAttempt(deadline),
            };
            posted = await PostAsync(request, cancellationToken);
        }
        catch (SlackApiException error) when (error.Kind == SlackErrorKind.Authorization)
        {
            if (state.Stop(error.Error))
            {
                logger.LogCritical("Slack refused the bot's token ({Error} on {Method}); the outbox has stopped and pending messages wait until auth.test accepts it. Check Slack:BotToken and the app's scopes.", error.Error, error.Method);
            }

            metrics.Send("stopped");
            await ReleaseAsync(token, message.Id);
            return;
        }
        catch (SlackApiException error) when (error.Kind == SlackErrorKind.Permanent)
        {
            logger.LogWarning("Outbox message {Id} ({Kind}) failed for good: {Error}", message.Id, message.Kind, error.Error);
            metrics.Send("failed");
            await FinishAsync(message.Id, token, OutboxStatus.Failed, $"{error.Method}: {error.Error}", cancellationToken);
            return;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = error is SlackApiException slackError ? $"{slackError.Method}: {slackError.Error}" : error.GetType().Name;
            await RetryLaterAsync(message, token, reason, (error as SlackApiException)?.RetryAfter, cancellationToken);
            return;
        }

        // Slack has the message now: a failure from here on must never lead to sending it again.
        metrics.Send("sent");
        await MarkSentAsync(message.Id, token, posted);
    }

    /// <summary>By when a send starting now must be done: its own timeout, and a quarter of the lease before the lease ends.</summary>
    private DateTimeOffset Deadline(DateTimeOffset now, DateTimeOffset leaseUntil)
    {
        var own = now + _options.SendTimeout;
        var lease = leaseUntil - (_options.Lease / 4);
        return own < lease ? own : lease;
    }

    private async Task<PostedMessage> PostAsync(PostMessageRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await slack.PostMessageAsync(request, cancellationToken);
        }
        catch (SlackApiException error) when (error.Error == "channel_not_found" && DirectMessageChannels.IsUser(request.Channel))
        {
            // A workspace that does not take a user id as the channel: open the DM (once per user) and post there.
            var channel = await channels.OpenAsync(request.Channel, cancellationToken);
            return await slack.PostMessageAsync(request with { Channel = channel }, cancellationToken);
        }
    }

    /// <summary>
    /// Records a message Slack accepted, trying the write three times (a busy database) and never rescheduling the
    /// send: if all fail the row stays claimed until its lease ends, the README's window for a duplicate.
    /// </summary>
    private async Task MarkSentAsync(long id, string token, PostedMessage posted)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteSentAsync(id, token, posted);
                return;
            }
            catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException && attempt < 3)
            {
                logger.LogWarning(e, "Outbox message {Id} was delivered but not yet recorded as sent; trying again", id);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), clock, CancellationToken.None);
            }
            catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException)
            {
                logger.LogError(e, "Outbox message {Id} was delivered but could not be recorded as sent", id);
                return;
            }
        }
    }

    private async Task WriteSentAsync(long id, string token, PostedMessage posted)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.OutboxMessages.Where(m => m.Id == id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SlackChannel, posted.Channel)
            .SetProperty(m => m.SlackTs, posted.Ts)
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private async Task RetryLaterAsync(OutboxMessage message, string token, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        if (attempts >= _options.MaxAttempts)
        {
            logger.LogWarning("Outbox message {Id} ({Kind}) failed after {Attempts} attempts: {Error}", message.Id, message.Kind, attempts, reason);
            metrics.Send("failed");
            await FinishAsync(message.Id, token, OutboxStatus.Failed, reason, cancellationToken, countAttempt: true);
            return;
        }

        metrics.Send("retry");

        var next = clock.GetUtcNow() + (retryAfter ?? Backoff(attempts));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LastError, reason)
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private async Task FinishAsync(long id, string token, OutboxStatus status, string reason, CancellationToken cancellationToken, bool countAttempt = false)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.OutboxMessages.Where(m => m.Id == id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.Attempts, m => m.Attempts + (countAttempt ? 1 : 0))
            .SetProperty(m => m.LastError, reason)
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>Gives a claim back unsent: one row of it, or (with no <paramref name="id"/>) every row it still holds.</summary>
    private async Task ReleaseAsync(string token, long? id = null)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.OutboxMessages.Where(m => m.LeaseToken == token && (id == null || m.Id == id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>Doubling from <see cref="OutboxOptions.RetryDelay"/>, ±20 % jitter so retries of a burst spread out.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var doubled = _options.RetryDelay * Math.Pow(2, Math.Min(attempts - 1, 16));
        var capped = doubled < LongestRetryDelay ? doubled : LongestRetryDelay;
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }
}
