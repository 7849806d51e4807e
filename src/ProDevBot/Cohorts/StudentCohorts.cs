using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;

namespace ProDevBot.Cohorts;

/// <summary>
/// Finds the cohort a student is in, if any. Every `/prodev` reply asks this, so answers are kept for a short
/// while; joins and leaves forget them at once, on this instance and (PostgreSQL, through
/// <see cref="CohortCacheChanges"/>) on the others; the expiry bounds staleness should a notice be lost.
/// </summary>
public sealed class StudentCohorts(IDbContextFactory<ProDevDbContext> contexts, TimeProvider clock, CohortCacheChanges? changes = null)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (Cohort? Cohort, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);

    public async Task<Cohort?> FindAsync(string studentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_known.TryGetValue(studentId, out var known) && known.Until > now)
        {
            return known.Cohort;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Enrollments.AsNoTracking()
            .Where(e => e.StudentId == studentId)
            .Select(e => e.Cohort)
            .FirstOrDefaultAsync(cancellationToken);
        _known[studentId] = (cohort, now + KeepFor);
        return cohort;
    }

    /// <summary>Call after any change to the student's enrollment.</summary>
    public void Forget(string studentId)
    {
        ForgetLocal(studentId);
        changes?.Publish(studentId);
    }

    /// <summary>Call after a change to a cohort itself (its module, dates or zone).</summary>
    public void ForgetAll()
    {
        _known.Clear();
        changes?.Publish(CohortCacheChanges.All);
    }

    /// <summary>Forgets on this instance only (a notice from another instance).</summary>
    internal void ForgetLocal(string studentId) => _known.TryRemove(studentId, out _);

    /// <summary>Forgets everyone on this instance only (a notice from another instance, or one that may have been missed).</summary>
    internal void ForgetAllLocal() => _known.Clear();
}
