namespace ProDevBot.Slack.Routing;

/// <summary>
/// One key an interaction handler answers: a block action's <c>action_id</c> or a view's <c>callback_id</c>.
/// </summary>
/// <param name="Kind">Which payload type the key belongs to.</param>
/// <param name="Key">The <c>action_id</c> or <c>callback_id</c>, matched exactly.</param>
/// <param name="Restricted">
/// Only some users may use it: the app's <see cref="IInteractionGate"/> is asked before the handler runs (and with no
/// gate registered nobody may). Which users is the app's business, not this library's.
/// </param>
public sealed record InteractionRoute(InteractionKind Kind, string Key, bool Restricted = false);
