using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProDevBot.Slack.Payloads;

/// <summary>
/// An Events API <c>event_callback</c> envelope. <see cref="Event"/> is the inner event as raw JSON; its
/// <c>type</c> is lifted into <see cref="EventType"/> for routing.
/// Reference: https://api.slack.com/apis/events-api#callback-field
/// </summary>
public sealed record EventCallback
{
    public required string TeamId { get; init; }
    public string? ApiAppId { get; init; }

    /// <summary>Unique per event across retries: the key to deduplicate on.</summary>
    public required string EventId { get; init; }

    /// <summary>Unix seconds when the event happened.</summary>
    public long EventTime { get; init; }

    /// <summary>The inner event, e.g. <c>app_home_opened</c>: <c>{type, user, channel, tab, …}</c>.</summary>
    public required JsonElement Event { get; init; }

    public required string EventType { get; init; }

    /// <summary><c>X-Slack-Retry-Num</c> (1–3) when Slack is redelivering; null on the first delivery.</summary>
    public int? RetryNum { get; init; }

    /// <summary><c>X-Slack-Retry-Reason</c> (<c>http_timeout</c>, <c>http_error</c>, …) on redeliveries.</summary>
    public string? RetryReason { get; init; }

    /// <summary>
    /// When Slack's request reached this bot (its clock), set by the routing layer: the start of the 3 s in which
    /// the trigger lives and the answer is due. See <c>SlackCallBudget.ForRequest</c>.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset ReceivedAt { get; init; }
}
