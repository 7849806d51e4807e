using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProDevBot.Slack.Routing;

/// <summary><c>POST /slack/interactions</c>: the <c>payload</c> form field → payload record → first handler that claims it.</summary>
internal static class InteractionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, byte[] body, ILogger logger)
    {
        if (!SlackContentType.Is(context.Request.ContentType, SlackContentType.Form))
        {
            return SlackResults.Reject(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be {SlackContentType.Form}.");
        }

        if (SlackForm.TryParse(body) is not { } form)
        {
            return SlackResults.Reject(StatusCodes.Status400BadRequest, "Body is not a valid UTF-8 url-encoded form.");
        }

        if (SlackForm.Field(form, "payload") is not { } json)
        {
            return SlackResults.Reject(StatusCodes.Status400BadRequest, "Missing form field payload.");
        }

        if (InteractionPayloadParser.TryParse(json) is not { } payload)
        {
            return SlackResults.Reject(StatusCodes.Status400BadRequest, "Form field payload is not a valid interaction payload.");
        }

        payload = payload with { ReceivedAt = SlackArrival.Of(context) };

        IInteractionHandler? handler;
        try
        {
            handler = context.RequestServices.GetServices<IInteractionHandler>().FirstOrDefault(h => h.CanHandle(payload));
        }
        catch (Exception e)
        {
            // A handler's test tripped over a shape the parser let through: our bug, not Slack's, so no 500 for it.
            logger.LogError(e, "An interaction handler's CanHandle failed on a {Type} payload", payload.Type);
            return Results.Ok();
        }

        if (handler is null)
        {
            // Nothing to do is still a success for Slack; a 404 would show the user an error.
            return Results.Ok();
        }

        try
        {
            return await handler.HandleAsync(payload, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // An empty 200 rather than a 500: Slack would only show a generic error. The payload is not logged.
            logger.LogError(e, "Interaction handler {Handler} failed on a {Type} payload", handler.GetType().Name, payload.Type);
            return Results.Ok();
        }
    }
}
