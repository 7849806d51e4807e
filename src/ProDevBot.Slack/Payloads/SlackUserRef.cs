namespace ProDevBot.Slack.Payloads;

/// <summary>
/// The <c>user</c> object in an interaction payload. Only <see cref="Id"/> identifies anyone; names are display-only.
/// Reference: https://api.slack.com/reference/interaction-payloads/block-actions
/// </summary>
public sealed record SlackUserRef
{
    public string Id { get; init; } = "";
    public string? Username { get; init; }
    public string? TeamId { get; init; }
}
