namespace ProDevBot.Slack.WebApi.Pacing;

/// <summary>
/// Slack limits each response_url on its own (5 posts within 30 minutes), not the app: every click brings a fresh
/// URL, so one student's quick clicks never wait on each other or on the class. A 6th post to one URL is refused
/// here rather than sent. Kept in memory only; the URLs are credentials and are never logged.
/// </summary>
internal sealed class ResponseUrlUses(TimeProvider time)
{
    public const int UsesPerUrl = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    // Beyond this many URLs, those whose uses have all left the window are dropped.
    private const int SweepThreshold = 1024;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _uses = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Counts one post to <paramref name="url"/>; false (and not counted) when it has used up its 5.</summary>
    public bool TryUse(Uri url)
    {
        var now = time.GetUtcNow();
        var key = url.AbsoluteUri;
        lock (_gate)
        {
            if (_uses.Count > SweepThreshold)
            {
                Sweep(now);
            }

            if (!_uses.TryGetValue(key, out var uses))
            {
                uses = new Queue<DateTimeOffset>(UsesPerUrl);
                _uses[key] = uses;
            }

            while (uses.Count > 0 && now - uses.Peek() >= Window)
            {
                uses.Dequeue();
            }

            if (uses.Count >= UsesPerUrl)
            {
                return false;
            }

            uses.Enqueue(now);
            return true;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, uses) in _uses)
        {
            if (uses.Count == 0 || now - uses.Last() >= Window)
            {
                _uses.Remove(key);
            }
        }
    }
}
