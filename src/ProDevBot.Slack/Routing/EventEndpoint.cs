using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ProDevBot.Slack.Routing;

/// <summary><c>POST /slack/events</c>: answers the URL challenge and hands callbacks to the dispatcher.</summary>
internal static class EventEndpoint
{
    public static async Task<SlackAnswer> HandleAsync(HttpContext context, byte[] body, SlackDispatcher dispatcher)
    {
        if (!SlackContentType.Is(context.Request.ContentType, SlackContentType.Json))
        {
            return SlackAnswer.Reject(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be {SlackContentType.Json}.");
        }

        if (EventEnvelopeReader.Parse(body) is not { } envelope)
        {
            return SlackAnswer.Reject(StatusCodes.Status400BadRequest, "Body is not a valid JSON event envelope.");
        }

        var headers = context.Request.Headers;
        var (callback, answer) = EventEnvelopeReader.Read(
            envelope,
            int.TryParse(headers["X-Slack-Retry-Num"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
            headers["X-Slack-Retry-Reason"] is { Count: > 0 } reason ? reason.ToString() : null,
            SlackArrival.Of(context));
        return callback is null ? answer : await dispatcher.AnswerAsync(callback, context.RequestAborted);
    }
}
