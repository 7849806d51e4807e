using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProDevBot.Slack.Payloads;

/// <summary>
/// Any interaction type this layer does not model yet (<c>shortcut</c>, <c>message_action</c>, …; Slack adds more).
/// The whole payload is kept in <see cref="Raw"/> so a handler can still read it.
/// Reference: https://api.slack.com/reference/interaction-payloads
/// </summary>
public sealed record UnknownInteractionPayload : InteractionPayload
{
    [JsonIgnore]
    public JsonElement Raw { get; init; }
}
