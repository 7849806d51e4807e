using Microsoft.AspNetCore.Http;

namespace ProDevBot.Slack.Routing;

/// <summary><c>POST /slack/interactions</c>: the <c>payload</c> form field → payload record → the dispatcher.</summary>
internal static class InteractionEndpoint
{
    public static async Task<SlackAnswer> HandleAsync(HttpContext context, byte[] body, SlackDispatcher dispatcher)
    {
        if (!SlackContentType.Is(context.Request.ContentType, SlackContentType.Form))
        {
            return SlackAnswer.Reject(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be {SlackContentType.Form}.");
        }

        if (SlackForm.TryParse(body) is not { } form)
        {
            return SlackAnswer.Reject(StatusCodes.Status400BadRequest, "Body is not a valid UTF-8 url-encoded form.");
        }

        if (SlackForm.Field(form, "payload") is not { } json)
        {
            return SlackAnswer.Reject(StatusCodes.Status400BadRequest, "Missing form field payload.");
        }

        if (InteractionPayloadParser.TryParse(json) is not { } payload)
        {
            return SlackAnswer.Reject(StatusCodes.Status400BadRequest, "Form field payload is not a valid interaction payload.");
        }

        return await dispatcher.AnswerAsync(payload with { ReceivedAt = SlackArrival.Of(context) }, context.RequestAborted);
    }
}
