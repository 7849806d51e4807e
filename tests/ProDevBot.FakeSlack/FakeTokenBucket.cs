namespace ProDevBot.FakeSlack;

/// <summary>A continuous token bucket as Slack applies it: <c>capacity</c> at once, refilled at <c>perSecond</c>.</summary>
internal sealed class FakeTokenBucket(TimeProvider time, double perSecond, double capacity)
{
    private readonly double _capacity = capacity;
    private double _tokens = capacity;
    private DateTimeOffset _last = time.GetUtcNow();

    /// <summary>Refills for the time passed; caller holds the limiter's lock.</summary>
    public bool HasToken()
    {
        var now = time.GetUtcNow();
        _tokens = Math.Min(_capacity, _tokens + ((now - _last).TotalSeconds * perSecond));
        _last = now;
        return _tokens >= 1;
    }

    public void Take() => _tokens -= 1;

    /// <summary>Whole seconds until a token is back, at least one (Slack's Retry-After is in seconds).</summary>
    public int SecondsUntilToken() => Math.Max(1, (int)Math.Ceiling((1 - _tokens) / perSecond));
}
