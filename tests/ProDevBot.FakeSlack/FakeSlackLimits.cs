namespace ProDevBot.FakeSlack;

/// <summary>
/// Slack's per-method tiers (rates read when a bucket is first used), chat.postMessage's per-channel and workspace
/// limits, and views.*'s wide burst, as token buckets.
/// </summary>
internal sealed class FakeSlackLimits(FakeSlackSettings settings, TimeProvider time)
{
    private readonly Dictionary<string, FakeTokenBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Null when the call may go; else the Retry-After seconds to answer with 429.</summary>
    public int? Check(string method, string? channel)
    {
        if (!settings.EnforceRateLimits)
        {
            return null;
        }

        lock (_gate)
        {
            // Slack's Tier 4 comes with "generous burst behavior": every Tier-4 method (views.*, users.info, …) takes
            // the wide burst, then refills at the tier.
            var methodBucket = PerMinute(method) == settings.Tier4PerMinute && method != "chat.postMessage"
                ? Bucket(method, settings.Tier4PerMinute / 60.0, Math.Max(1, settings.ViewsBurst))
                : Bucket(method, method == "chat.postMessage" ? settings.PostMessagePerMinute : PerMinute(method));
            FakeTokenBucket? channelBucket = null;
            if (method == "chat.postMessage" && channel is not null)
            {
                channelBucket = Bucket("channel:" + channel, perSecond: 1, capacity: settings.PostMessageChannelBurst);
            }

            if (channelBucket is not null && !channelBucket.HasToken())
            {
                return channelBucket.SecondsUntilToken();
            }

            if (!methodBucket.HasToken())
            {
                return methodBucket.SecondsUntilToken();
            }

            methodBucket.Take();
            channelBucket?.Take();
            return null;
        }
    }

    private int PerMinute(string method) => method switch
    {
        "conversations.open" or "chat.update" => settings.Tier3PerMinute,
        "chat.postEphemeral" or "users.info" or "conversations.members" or "views.open" or "views.update"
            or "views.push" or "views.publish" or "files.getUploadURLExternal" or "files.completeUploadExternal"
            => settings.Tier4PerMinute,
        _ => settings.Tier2PerMinute,
    };

    private FakeTokenBucket Bucket(string key, int perMinute) =>
        Bucket(key, perMinute / 60.0, Math.Max(1, perMinute / 60.0 * settings.BurstSeconds));

    private FakeTokenBucket Bucket(string key, double perSecond, double capacity)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = new FakeTokenBucket(time, perSecond, capacity);
            _buckets[key] = bucket;
        }

        return bucket;
    }
}
