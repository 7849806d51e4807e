using System.Text.Json;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// The outer shape of any Events API request, before it is known to be a challenge or a callback.
/// Reference: https://api.slack.com/apis/events-api#receiving-events
/// </summary>
internal sealed record EventEnvelope
{
    public string? Type { get; init; }
    public string? Challenge { get; init; }
    public string? TeamId { get; init; }
    public string? ApiAppId { get; init; }
    public string? EventId { get; init; }
    public long EventTime { get; init; }
    public JsonElement? Event { get; init; }
}
