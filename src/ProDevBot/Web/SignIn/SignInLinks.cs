using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Hosting;

namespace ProDevBot.Web.SignIn;

/// <summary>Issues and redeems one-time sign-in links: 10 minutes, one use, stored only as a hash.</summary>
public sealed class SignInLinks(ProDevDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Links older than this are deleted when a new one is issued: nothing needs them after they expire.</summary>
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    /// <summary>Stores a new link for <paramref name="coachId"/> and returns its token (256 random bits, URL-safe).</summary>
    public async Task<string> IssueAsync(string coachId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = SecretTokens.New();
        db.Add(new SignInLink { TokenHash = SecretTokens.Hash(token), CoachId = coachId, CreatedAt = now, ExpiresAt = now + Lifetime });
        await db.SaveChangesAsync(cancellationToken);
        var before = now - KeepFor;
        await db.Set<SignInLink>().Where(l => l.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// Marks the link used and returns its coach, or says why not. One UPDATE claims the link, so two tabs opening it at
    /// once cannot both sign in.
    /// </summary>
    public async Task<(string? CoachId, SignInRefusal Refusal)> RedeemAsync(string? token, CancellationToken cancellationToken)
    {
        if (!SecretTokens.IsWellFormed(token))
        {
            return (null, SignInRefusal.Unknown);
        }

        var hash = SecretTokens.Hash(token!);
        var now = clock.GetUtcNow();
        var claimed = await db.Set<SignInLink>()
            .Where(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), cancellationToken);
        var link = await db.Set<SignInLink>().AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (claimed == 1)
        {
            return (link!.CoachId, SignInRefusal.None);
        }

        return (null, link is null ? SignInRefusal.Unknown : link.UsedAt is not null ? SignInRefusal.Used : SignInRefusal.Expired);
    }
}
