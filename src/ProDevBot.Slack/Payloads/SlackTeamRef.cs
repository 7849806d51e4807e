namespace ProDevBot.Slack.Payloads;

/// <summary>
/// The <c>team</c> (workspace) object in an interaction payload; absent for some org-wide installs.
/// Reference: https://api.slack.com/reference/interaction-payloads/block-actions
/// </summary>
public sealed record SlackTeamRef
{
    public string Id { get; init; } = "";
    public string? Domain { get; init; }
}
