using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Lets <c>POST /slack/events</c> run each <c>event_id</c> once: Slack redelivers an event up to 3 times
/// (<c>X-Slack-Retry-Num</c>) when an answer was late or failed. Optional: without a registered implementation
/// every delivery is dispatched. Register one as a scoped service (it may use a DbContext).
/// </summary>
public interface IEventDeduplicator
{
    /// <summary>
    /// Records <see cref="EventCallback.EventId"/> atomically; true when this is its first delivery (dispatch it),
    /// false when it was seen before (acknowledge and do nothing).
    /// </summary>
    Task<bool> TryClaimAsync(EventCallback callback, CancellationToken cancellationToken);
}
