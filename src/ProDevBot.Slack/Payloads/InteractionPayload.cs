using System.Text.Json.Serialization;

namespace ProDevBot.Slack.Payloads;

/// <summary>
/// What every interactivity payload (the JSON in the <c>payload</c> form field) carries. The concrete record
/// depends on <see cref="Type"/>; types this layer does not model arrive as <see cref="UnknownInteractionPayload"/>.
/// Reference: https://api.slack.com/reference/interaction-payloads
/// </summary>
public abstract record InteractionPayload
{
    /// <summary><c>block_actions</c>, <c>view_submission</c>, <c>view_closed</c>, <c>shortcut</c>, …</summary>
    public string Type { get; init; } = "";

    public SlackUserRef? User { get; init; }
    public SlackTeamRef? Team { get; init; }

    /// <summary>Single use, valid for 3 s: open a modal with it before any slow work.</summary>
    public string? TriggerId { get; init; }

    /// <summary>Present for message interactions; up to 5 posts within 30 min.</summary>
    public string? ResponseUrl { get; init; }

    public string? ApiAppId { get; init; }

    /// <summary>
    /// When Slack's request reached this bot (its clock), set by the routing layer: the start of the 3 s in which
    /// the trigger lives and the answer is due. See <c>SlackCallBudget.ForRequest</c>.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset ReceivedAt { get; init; }
}
