namespace ProDevBot.Slack.WebApi.Pacing;

/// <summary>
/// A per-method call schedule shared by every instance of this bot, so that all of them together keep to
/// <see cref="SlackRateLimitOptions"/> (Slack counts the workspace's calls, not one process's). The default (one
/// instance) shares nothing and each method is paced by this process's own limiter.
/// </summary>
public interface ISlackSharedSlots
{
    /// <summary>
    /// Atomically takes the next free slot of <paramref name="method"/>: <c>slot = max(next free, now)</c>, and the
    /// next free slot becomes <c>slot + interval</c>. The caller goes at the slot less its burst allowance.
    /// Null: this method is not shared (or the shared schedule cannot be reached now), so pace it locally.
    /// </summary>
    ValueTask<DateTimeOffset?> TakeSlotAsync(string method, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken);
}
