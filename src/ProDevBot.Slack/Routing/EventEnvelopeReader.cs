using System.Text.Json;
using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Reads an Events API envelope, whichever transport carried it (the body of <c>POST /slack/events</c> or the
/// <c>payload</c> of a Socket Mode <c>events_api</c> envelope): either a callback to dispatch or the answer itself.
/// </summary>
internal static class EventEnvelopeReader
{
    /// <summary>Null when <paramref name="json"/> is not a JSON event envelope.</summary>
    public static EventEnvelope? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<EventEnvelope>(json, SlackJson.Inbound);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-16 (a lone surrogate escape).
            return null;
        }
    }

    /// <summary>The callback to dispatch, or (when it is null) the answer to give straight away.</summary>
    public static (EventCallback? Callback, SlackAnswer Answer) Read(EventEnvelope envelope, int? retryNum, string? retryReason, DateTimeOffset receivedAt)
    {
        switch (envelope.Type)
        {
            case "url_verification" when envelope.Challenge is { } challenge:
                return (null, SlackAnswer.Json(new UrlVerificationReply(challenge)));
            case "url_verification":
                return (null, SlackAnswer.Reject(400, "url_verification without a challenge."));
            case "event_callback":
                return ToCallback(envelope, retryNum, retryReason, receivedAt) is { } callback
                    ? (callback, SlackAnswer.Ok)
                    : (null, SlackAnswer.Reject(400, "event_callback needs team_id, event_id and an event with a string type."));
            default:
                // Slack adds envelope types (app_rate_limited, …); acknowledging keeps it from counting failures.
                return (null, SlackAnswer.Ok);
        }
    }

    private static EventCallback? ToCallback(EventEnvelope envelope, int? retryNum, string? retryReason, DateTimeOffset receivedAt)
    {
        if (envelope is not { TeamId: { } teamId, EventId: { } eventId, Event: { ValueKind: JsonValueKind.Object } inner }
            || !ReadableJson.Check(inner)
            || !inner.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() is not { Length: > 0 } eventType)
        {
            return null;
        }

        return new EventCallback
        {
            TeamId = teamId,
            ApiAppId = envelope.ApiAppId,
            EventId = eventId,
            EventTime = envelope.EventTime,
            Event = inner,
            EventType = eventType,
            RetryNum = retryNum,
            RetryReason = retryReason,
            ReceivedAt = receivedAt,
        };
    }
}
