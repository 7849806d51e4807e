namespace ProDevBot.Slack.Payloads;

/// <summary>
/// A modal closed with its close button (only sent when the view asked for <c>notify_on_close</c>).
/// Reference: https://api.slack.com/reference/interaction-payloads/views#view_closed
/// </summary>
public sealed record ViewClosedPayload : InteractionPayload
{
    public required SlackView View { get; init; }

    /// <summary>True when the whole view stack was closed at once.</summary>
    public bool IsCleared { get; init; }
}
