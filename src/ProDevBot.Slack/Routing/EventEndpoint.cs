using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary><c>POST /slack/events</c>: answers the URL challenge and hands callbacks to every handler for the event type.</summary>
internal static class EventEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, byte[] body, ILogger logger)
    {
        if (!SlackContentType.Is(context.Request.ContentType, SlackContentType.Json))
        {
            return SlackResults.Reject(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be {SlackContentType.Json}.");
        }

        EventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<EventEnvelope>(body, SlackJson.Inbound);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-16 (a lone surrogate escape).
            envelope = null;
        }

        if (envelope is null)
        {
            return SlackResults.Reject(StatusCodes.Status400BadRequest, "Body is not a valid JSON event envelope.");
        }

        switch (envelope.Type)
        {
            case "url_verification" when envelope.Challenge is { } challenge:
                return SlackResults.Json(new UrlVerificationReply(challenge));
            case "url_verification":
                return SlackResults.Reject(StatusCodes.Status400BadRequest, "url_verification without a challenge.");
            case "event_callback":
                if (ToCallback(envelope, context.Request.Headers) is not { } callback)
                {
                    return SlackResults.Reject(StatusCodes.Status400BadRequest, "event_callback needs team_id, event_id and an event with a string type.");
                }

                // Checked before the event_id is claimed: a refused event is not recorded, so nothing is lost.
                return HandlersFor(context, callback).Select(h => h.FindProblem(callback.Event)).FirstOrDefault(p => p is not null) is { } problem
                    ? SlackResults.Reject(StatusCodes.Status400BadRequest, $"Malformed {callback.EventType} event: {problem}")
                    : await DispatchAsync(context, callback with { ReceivedAt = SlackArrival.Of(context) }, logger);
            default:
                // Slack adds envelope types (app_rate_limited, …); acknowledging keeps it from counting failures.
                return Results.Ok();
        }
    }

    private static EventCallback? ToCallback(EventEnvelope envelope, IHeaderDictionary headers)
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
            RetryNum = int.TryParse(headers["X-Slack-Retry-Num"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
            RetryReason = headers["X-Slack-Retry-Reason"] is { Count: > 0 } reason ? reason.ToString() : null,
        };
    }

    private static async Task<IResult> DispatchAsync(HttpContext context, EventCallback callback, ILogger logger)
    {
        if (!await IsFirstDeliveryAsync(context, callback, logger))
        {
            logger.LogInformation("Event {EventId} ({EventType}) already handled; retry {RetryNum} acknowledged", callback.EventId, callback.EventType, callback.RetryNum);
            return Results.Ok();
        }

        foreach (var handler in HandlersFor(context, callback))
        {
            try
            {
                await handler.HandleAsync(callback, context.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
            {
                // Still 200: a failing handler must not make Slack retry the others or disable the subscription.
                logger.LogError(e, "Event handler {Handler} failed on {EventType} {EventId}", handler.GetType().Name, callback.EventType, callback.EventId);
            }
        }

        return Results.Ok();
    }

    private static IEnumerable<ISlackEventHandler> HandlersFor(HttpContext context, EventCallback callback) =>
        context.RequestServices.GetServices<ISlackEventHandler>()
            .Where(h => string.Equals(h.EventType, callback.EventType, StringComparison.Ordinal));

    private static async Task<bool> IsFirstDeliveryAsync(HttpContext context, EventCallback callback, ILogger logger)
    {
        if (context.RequestServices.GetService<IEventDeduplicator>() is not { } deduplicator)
        {
            return true;
        }

        try
        {
            return await deduplicator.TryClaimAsync(callback, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // Handling twice beats never handling: an event lost to a broken store would not come back.
            logger.LogError(e, "Event deduplication failed for {EventId}; dispatching anyway", callback.EventId);
            return true;
        }
    }
}
