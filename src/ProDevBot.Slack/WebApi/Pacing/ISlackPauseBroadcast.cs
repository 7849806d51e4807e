namespace ProDevBot.Slack.WebApi.Pacing;

/// <summary>
/// Tells the other instances of this bot that Slack answered 429 here, so that they hold the method back too: Slack's
/// limits are per workspace, not per process. The default (one instance) tells no one. An implementation delivers the
/// pause to each other instance's <see cref="SlackMethodPauses.PauseUntil"/>.
/// </summary>
public interface ISlackPauseBroadcast
{
    /// <summary>Called on the calling thread right after the pause is recorded; must return at once (queue, don't send).</summary>
    void Paused(string method, DateTimeOffset until);
}
