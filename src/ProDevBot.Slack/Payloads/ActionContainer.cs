namespace ProDevBot.Slack.Payloads;

/// <summary>
/// The <c>container</c> of a <c>block_actions</c> payload: <c>message</c> or <c>view</c>.
/// Reference: https://api.slack.com/reference/interaction-payloads/block-actions
/// </summary>
public sealed record ActionContainer
{
    public string Type { get; init; } = "";
    public string? MessageTs { get; init; }
    public string? ChannelId { get; init; }
    public string? ViewId { get; init; }
    public bool IsEphemeral { get; init; }
}
