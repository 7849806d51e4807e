namespace ProDevBot.Slack.Routing;

/// <summary>The interaction payloads a handler is registered for, each keyed by its own id.</summary>
public enum InteractionKind
{
    /// <summary><c>block_actions</c>, keyed by the (first) action's <c>action_id</c>.</summary>
    BlockAction,

    /// <summary><c>view_submission</c>, keyed by the view's <c>callback_id</c>.</summary>
    ViewSubmission,

    /// <summary><c>view_closed</c>, keyed by the view's <c>callback_id</c>.</summary>
    ViewClosed,
}
