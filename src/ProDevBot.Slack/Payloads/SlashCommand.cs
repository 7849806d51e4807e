using System.Text.Json.Serialization;

namespace ProDevBot.Slack.Payloads;

/// <summary>
/// A slash command invocation, from the form fields Slack posts.
/// Reference: https://api.slack.com/interactivity/slash-commands#app_command_handling
/// </summary>
public sealed record SlashCommand
{
    public required string TeamId { get; init; }
    public string? TeamDomain { get; init; }
    public string? EnterpriseId { get; init; }
    public required string ChannelId { get; init; }
    public string? ChannelName { get; init; }
    public required string UserId { get; init; }

    /// <summary>Deprecated by Slack; shown only, never used to identify anyone.</summary>
    public string? UserName { get; init; }

    /// <summary>The command itself, e.g. <c>/deploy</c>.</summary>
    public required string Command { get; init; }

    /// <summary>Everything after the command; empty when none.</summary>
    public string Text { get; init; } = "";

    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
    public string? ApiAppId { get; init; }
    public bool IsEnterpriseInstall { get; init; }

    /// <summary>
    /// When Slack's request reached this bot (its clock), set by the routing layer: the start of the 3 s in which
    /// the trigger lives and the answer is due. See <c>SlackCallBudget.ForRequest</c>.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset ReceivedAt { get; init; }
}
