namespace ProDevBot.Slack.Payloads;

/// <summary>
/// A click or selection on an interactive element in a message, modal or Home tab.
/// Reference: https://api.slack.com/reference/interaction-payloads/block-actions
/// </summary>
public sealed record BlockActionsPayload : InteractionPayload
{
    public IReadOnlyList<BlockAction> Actions { get; init; } = [];

    /// <summary>Where the click came from: a message (<c>message_ts</c>, <c>channel_id</c>) or a view (<c>view_id</c>).</summary>
    public ActionContainer? Container { get; init; }

    /// <summary>Present for clicks in a modal or the Home tab.</summary>
    public SlackView? View { get; init; }
}
