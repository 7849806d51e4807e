using System.Threading.RateLimiting;

namespace ProDevBot.Slack.WebApi.Pacing;

/// <summary>
/// A token bucket that queues instead of refusing, driven by a <see cref="TimeProvider"/> so tests can use a fake
/// clock (the framework's TokenBucketRateLimiter reads the real clock). It reserves a slot per caller in arrival
/// order (GCRA): <c>burst</c> calls go at once, then one every <c>interval</c>, never a whole minute's allowance at once.
/// </summary>
internal sealed class SmoothTokenBucket : RateLimiter
{
    private readonly TimeProvider _time;
    private readonly long _intervalTicks;
    private readonly long _toleranceTicks;
    private readonly Lock _gate = new();
    private long _theoreticalArrival;
    private long _lastUsed;

    public SmoothTokenBucket(TimeProvider time, double perSecond, int burst)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        _time = time;
        _intervalTicks = (long)(TimeSpan.TicksPerSecond / perSecond);
        _toleranceTicks = _intervalTicks * (Math.Max(1, burst) - 1);
        _lastUsed = Now();
    }

    public static SmoothTokenBucket PerMinute(TimeProvider time, int perMinute, double burstSeconds) =>
        new(time, perMinute / 60.0, BurstOf(perMinute, burstSeconds));

    /// <summary>How many calls of a <paramref name="perMinute"/> cap go at once: <paramref name="burstSeconds"/>' worth, at least one.</summary>
    public static int BurstOf(int perMinute, double burstSeconds) => (int)Math.Max(1, Math.Floor(perMinute / 60.0 * burstSeconds));

    /// <summary>The time between two calls of a <paramref name="perMinute"/> cap once its burst is used.</summary>
    public static TimeSpan IntervalOf(int perMinute) => TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / (perMinute / 60.0)));

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                // Idle only once every reserved slot has passed; before that, callers may still be waiting.
                var now = Now();
                return _theoreticalArrival > now ? null : TimeSpan.FromTicks(now - _lastUsed);
            }
        }
    }

    /// <summary>True when the bucket is full again, so dropping it and making a new one changes nothing.</summary>
    public bool IsFull
    {
        get
        {
            lock (_gate)
            {
                return _theoreticalArrival <= Now();
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = Now();
            var arrival = Math.Max(_theoreticalArrival, now);
            if (arrival - now > _toleranceTicks)
            {
                return Lease.Refused;
            }

            _theoreticalArrival = arrival + (_intervalTicks * permitCount);
            _lastUsed = now;
            return Lease.Granted;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        long startAt;
        lock (_gate)
        {
            var now = Now();
            var arrival = Math.Max(_theoreticalArrival, now);
            startAt = Math.Max(now, arrival - _toleranceTicks);
            _theoreticalArrival = arrival + (_intervalTicks * permitCount);
            _lastUsed = now;
        }

        var wait = startAt - Now();
        if (wait > 0)
        {
            // A cancelled waiter leaves its slot unused: a little slower, never faster than the limit.
            await Task.Delay(TimeSpan.FromTicks(wait), _time, cancellationToken);
        }

        return Lease.Granted;
    }

    private long Now() => _time.GetUtcNow().UtcTicks;

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
