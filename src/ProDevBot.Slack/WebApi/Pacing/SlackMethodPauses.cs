namespace ProDevBot.Slack.WebApi.Pacing;

/// <summary>
/// Remembers, per method, until when Slack asked us to stop (429 Retry-After). Only that method waits;
/// a 429 on chat.postMessage must not stall views.open, whose trigger_id dies in 3 s. A pause this instance receives
/// is told to the others through <see cref="ISlackPauseBroadcast"/>; one they received arrives in <see cref="PauseUntil"/>.
/// </summary>
public sealed class SlackMethodPauses(TimeProvider time, ISlackPauseBroadcast broadcast)
{
    private readonly Dictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Holds <paramref name="method"/> back until <paramref name="until"/>: a 429 another instance of this bot received
    /// (Slack's limits are the workspace's, so every instance waits). Not told to anyone else; an earlier end than the
    /// pause already known changes nothing.
    /// </summary>
    public void PauseUntil(string method, DateTimeOffset until)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        Extend(method, until);
    }

    /// <summary>A 429 this instance received: pauses the method here and tells the other instances.</summary>
    internal void Pause(string method, TimeSpan duration)
    {
        // Whole milliseconds, the precision the other instances hear it in, so that all of them end it at one instant.
        var until = DateTimeOffset.FromUnixTimeMilliseconds((time.GetUtcNow() + duration).ToUnixTimeMilliseconds());
        if (Extend(method, until))
        {
            broadcast.Paused(method, until);
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

    internal async ValueTask WaitAsync(string method, CancellationToken cancellationToken)
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

            // Loop: another 429 (here or on another instance) may have pushed the end further while we slept.
            await Task.Delay(remaining, time, cancellationToken);
        }
    }

    private bool Extend(string method, DateTimeOffset until)
    {
        lock (_gate)
        {
            if (_until.TryGetValue(method, out var current) && current >= until)
            {
                return false;
            }

            _until[method] = until;
            return true;
        }
    }
}
