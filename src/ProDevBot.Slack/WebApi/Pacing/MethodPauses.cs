namespace ProDevBot.Slack.WebApi.Pacing;

/// <summary>
/// Remembers, per method, until when Slack asked us to stop (429 Retry-After). Only that method waits;
/// a 429 on chat.postMessage must not stall views.open, whose trigger_id dies in 3 s.
/// </summary>
internal sealed class MethodPauses(TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Pause(string method, TimeSpan duration)
    {
        var until = time.GetUtcNow() + duration;
        lock (_gate)
        {
            if (!_until.TryGetValue(method, out var current) || current < until)
            {
                _until[method] = until;
            }
        }
    }

    /// <summary>When <paramref name="method"/>'s pause ends; null when it is not paused.</summary>
    public DateTimeOffset? Until(string method)
    {
        lock (_gate)
        {
            return _until.TryGetValue(method, out var until) && until > time.GetUtcNow() ? until : null;
        }
    }

    public async ValueTask WaitAsync(string method, CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset until;
            lock (_gate)
            {
                if (!_until.TryGetValue(method, out until))
                {
                    return;
                }
            }

            var remaining = until - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            // Loop: another 429 may have pushed the end further while we slept.
            await Task.Delay(remaining, time, cancellationToken);
        }
    }
}
