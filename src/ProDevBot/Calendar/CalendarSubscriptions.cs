using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Hosting;

namespace ProDevBot.Calendar;

/// <summary>Hands out, finds and revokes calendar links. A new link for a user and feed always replaces the old one.</summary>
public sealed class CalendarSubscriptions(ProDevDbContext db, TimeProvider clock)
{
    public Task<CalendarSubscription?> FindAsync(string userId, string feed, CancellationToken cancellationToken) =>
        db.CalendarSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId && s.Feed == feed, cancellationToken);

    /// <summary>The subscription a presented token opens, or null for a malformed, unknown or revoked one.</summary>
    public async Task<CalendarSubscription?> FindByTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (!SecretTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = SecretTokens.Hash(token!);
        return await db.CalendarSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
    }

    /// <summary>Revokes the user's link for the feed, if any, and makes a new one.</summary>
    /// <returns>The new token, or null when a concurrent request made one first (its reply holds that link).</returns>
    public async Task<string?> IssueAsync(string userId, string feed, CancellationToken cancellationToken)
    {
        var token = SecretTokens.New();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CalendarSubscriptions.Where(s => s.UserId == userId && s.Feed == feed).ExecuteDeleteAsync(cancellationToken);
        db.CalendarSubscriptions.Add(new CalendarSubscription
        {
            TokenHash = SecretTokens.Hash(token), UserId = userId, Feed = feed, CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return null; // the unique (user, feed) index: another request won the race
        }

        await transaction.CommitAsync(cancellationToken);
        return token;
    }

    /// <returns>Whether there was a link to turn off.</returns>
    public async Task<bool> RevokeAsync(string userId, string feed, CancellationToken cancellationToken) =>
        await db.CalendarSubscriptions.Where(s => s.UserId == userId && s.Feed == feed).ExecuteDeleteAsync(cancellationToken) > 0;
}
