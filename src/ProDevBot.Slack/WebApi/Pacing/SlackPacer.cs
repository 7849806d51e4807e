using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ProDevBot.Slack.WebApi.Pacing;

/// <summary>
/// Paces calls per method (one limiter each, so views.open never queues behind chat.postMessage), plus one per
/// channel for chat.postMessage, and holds each method back while a 429 pause lasts. Posts to a response_url are
/// counted per URL (<see cref="ResponseUrls"/>), never paced bot-wide. Where several instances share the workspace,
/// a method's pace comes from <see cref="ISlackSharedSlots"/> (same burst and interval), else from its own limiter.
/// </summary>
internal sealed class SlackPacer(
    IOptions<SlackRateLimitOptions> options, TimeProvider time, SlackMethodPauses pauses, ISlackSharedSlots sharedSlots)
{
    // Beyond this many channel limiters, full (idle) ones are dropped: a full bucket and a new one behave the same.
    private const int ChannelSweepThreshold = 512;

    private readonly SlackRateLimitOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, SmoothTokenBucket> _methods = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SmoothTokenBucket> _channels = new(StringComparer.Ordinal);

    public SlackMethodPauses Pauses { get; } = pauses;

    public ResponseUrlUses ResponseUrls { get; } = new(time);

    /// <summary>Waits until <paramref name="method"/> may be called (for <paramref name="channel"/>, if given).</summary>
    public async ValueTask WaitAsync(string method, string? channel, CancellationToken cancellationToken)
    {
        if (method == SlackMethods.ResponseUrl)
        {
            return; // limited per URL, which each caller has its own of
        }

        await Pauses.WaitAsync(method, cancellationToken);
        if (channel is not null)
        {
            await AcquireAsync(ChannelBucket(channel), cancellationToken);
        }

        if (!await WaitForSharedSlotAsync(method, cancellationToken))
        {
            var bucket = _methods.GetOrAdd(method, m => SmoothTokenBucket.PerMinute(time, _options.PerMinute(m), _options.BurstSeconds));
            await AcquireAsync(bucket, cancellationToken);
        }
    }

    /// <summary>The same reservation as <see cref="SmoothTokenBucket"/> (GCRA), kept where every instance sees it.</summary>
    private async ValueTask<bool> WaitForSharedSlotAsync(string method, CancellationToken cancellationToken)
    {
        var perMinute = _options.PerMinute(method);
        var interval = SmoothTokenBucket.IntervalOf(perMinute);
        if (await sharedSlots.TakeSlotAsync(method, time.GetUtcNow(), interval, cancellationToken) is not { } slot)
        {
            return false;
        }

        var startAt = slot - (interval * (SmoothTokenBucket.BurstOf(perMinute, _options.BurstSeconds) - 1));
        var wait = startAt - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            // As with the local limiter, a cancelled waiter leaves its slot unused: slower, never faster than the cap.
            await Task.Delay(wait, time, cancellationToken);
        }

        return true;
    }

    private static async ValueTask AcquireAsync(RateLimiter limiter, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
    }

    private SmoothTokenBucket ChannelBucket(string channel)
    {
        if (_channels.Count > ChannelSweepThreshold)
        {
            // A racing caller may still hold a dropped bucket; at worst one channel gets one extra burst.
            foreach (var (key, bucket) in _channels)
            {
                if (bucket.IsFull)
                {
                    _channels.TryRemove(key, out _);
                }
            }
        }

        return _channels.GetOrAdd(channel, _ => new SmoothTokenBucket(
            time, _options.PostMessagePerChannelPerSecond, _options.PostMessageChannelBurst));
    }
}
