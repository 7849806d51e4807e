using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Data.Cluster;

namespace ProDevBot.Cohorts;

/// <summary>
/// Finds the cohort a student is in, if any. Every `/prodev` reply asks this, so a found cohort is kept for a short
/// while; leaves and moves forget it at once, on this instance and (PostgreSQL, through <see cref="ClusterNotices"/>)
/// on the others; the expiry bounds staleness should a notice be lost. "In no cohort" is never kept, so a join on any
/// instance is seen by the next request on every instance without waiting for a notice.
/// </summary>
public sealed class StudentCohorts(IDbContextFactory<ProDevDbContext> contexts, TimeProvider clock, ClusterNotices? notices = null)
{
    /// <summary>The NOTIFY channel of enrollment changes; the payload is a student id or <see cref="Everyone"/>.</summary>
    public const string NoticeChannel = "prodevbot_student_cohorts";

    public const string Everyone = "*";

    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (Cohort? Cohort, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);

    // Bumped by every forget: a read that began before one must not store what it read (it may predate the change).
    private long _forgets;

    public async Task<Cohort?> FindAsync(string studentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_known.TryGetValue(studentId, out var known) && known.Until > now)
        {
            return known.Cohort;
        }

        var forgets = Interlocked.Read(ref _forgets);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Enrollments.AsNoTracking()
            .Where(e => e.StudentId == studentId)
            .Select(e => e.Cohort)
            .FirstOrDefaultAsync(cancellationToken);
        if (cohort is not null)
        {
            _known[studentId] = (cohort, now + KeepFor);
            if (Interlocked.Read(ref _forgets) != forgets)
            {
                _known.TryRemove(studentId, out _); // a forget came while we read: the next request reads again
            }
        }

        return cohort;
    }

    /// <summary>Call after any change to the student's enrollment.</summary>
    public void Forget(string studentId)
    {
        ForgetLocal(studentId);
        notices?.Publish(NoticeChannel, studentId);
    }

    /// <summary>Call after a change to a cohort itself (its module, dates or zone).</summary>
    public void ForgetAll()
    {
        ForgetAllLocal();
        notices?.Publish(NoticeChannel, Everyone);
    }

    /// <summary>Forgets on this instance only (a notice from another instance).</summary>
    internal void ForgetLocal(string studentId)
    {
        Interlocked.Increment(ref _forgets);
        _known.TryRemove(studentId, out _);
    }

    /// <summary>Forgets everyone on this instance only (a notice from another instance, or one that may have been missed).</summary>
    internal void ForgetAllLocal()
    {
        Interlocked.Increment(ref _forgets);
        _known.Clear();
    }
}
