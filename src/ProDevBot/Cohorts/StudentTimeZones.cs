using System.Collections.Concurrent;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Cohorts;

/// <summary>
/// A student's own time zone, from their Slack profile (users.info <c>tz</c>), so "today" is their day and not their
/// cohort's. Answers are kept for a while; when Slack does not answer in time, or the profile has no zone we know,
/// the cohort's zone stands in (a failure is not kept, so the next request asks again).
/// </summary>
public sealed class StudentTimeZones(IServiceScopeFactory scopes, TimeProvider clock, ILogger<StudentTimeZones> logger)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(12);

    /// <summary>The form it serves must open (trigger_id, 3 s) or answer (view_submission, 3 s) in time.</summary>
    public static readonly TimeSpan AskFor = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, (TimeZoneInfo? Zone, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);

    public async Task<TimeZoneInfo> FindAsync(string studentId, TimeZoneInfo fallback, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_known.TryGetValue(studentId, out var known) && known.Until > now)
        {
            return known.Zone ?? fallback;
        }

        // Real time, not the TimeProvider: this bounds a wait on the network, not a business date.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(AskFor);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // Not paced behind the roster sync's users.info reads: a class opening the log at once all ask together,
            // as Slack's bursts allow, within the same second the wait is bounded by.
            var ask = new SlackCallBudget(now + AskFor, Paced: false, MaxAttempts: 1);
            var user = await scope.ServiceProvider.GetRequiredService<ISlackApi>().GetUserAsync(studentId, ask, budget.Token);
            var zone = TimeZones.Find(user.Tz);
            _known[studentId] = (zone, now + KeepFor);
            return zone ?? fallback;
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogInformation("A student's time zone is unknown ({Error}); the cohort's is used", e.GetType().Name);
            return fallback;
        }
    }
}
