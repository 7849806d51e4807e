using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Answers one transport-free Slack request (a slash command, an interaction payload or an event callback, each
/// stamped with its arrival) from the handlers registered in <paramref name="services"/>, a scope of its own. HTTP
/// and Socket Mode both come through here, so no handler can tell which transport carried the request.
/// </summary>
internal sealed class SlackDispatcher(IServiceProvider services, ILogger logger)
{
    public async Task<SlackAnswer> AnswerAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var handler = services.GetServices<ISlashCommandHandler>()
            .FirstOrDefault(h => string.Equals(h.Command, command.Command, StringComparison.OrdinalIgnoreCase));

        // 200 with an ephemeral line rather than 404: Slack would show the user an opaque failure instead.
        if (handler is null)
        {
            return SlackAnswer.Json(SlackMessage.Ephemeral($"Unknown command {command.Command}"));
        }

        try
        {
            return SlackAnswer.Json(await handler.HandleAsync(command, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any handler failure becomes an apology the user can act on, not Slack's operation_timeout.
            // The exception is logged; the request body and the user's text are not.
            logger.LogError(e, "Slash command handler for {Command} failed", command.Command);
            return SlackAnswer.Json(SlackMessage.Ephemeral(
                $"Sorry, something went wrong while running {command.Command}. Please try again in a moment."));
        }
    }

    public async Task<SlackAnswer> AnswerAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        IInteractionHandler? handler;
        try
        {
            handler = services.GetServices<IInteractionHandler>().FirstOrDefault(h => h.CanHandle(payload));
        }
        catch (Exception e)
        {
            // A handler's test tripped over a shape the parser let through: our bug, not Slack's, so no 500 for it.
            logger.LogError(e, "An interaction handler's CanHandle failed on a {Type} payload", payload.Type);
            return SlackAnswer.Ok;
        }

        if (handler is null)
        {
            // Nothing to do is still a success for Slack; a 404 would show the user an error.
            return SlackAnswer.Ok;
        }

        try
        {
            return await handler.HandleAsync(payload, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An empty 200 rather than a 500: Slack would only show a generic error. The payload is not logged.
            logger.LogError(e, "Interaction handler {Handler} failed on a {Type} payload", handler.GetType().Name, payload.Type);
            return SlackAnswer.Ok;
        }
    }

    public async Task<SlackAnswer> AnswerAsync(EventCallback callback, CancellationToken cancellationToken)
    {
        // Checked before the event_id is claimed: a refused event is not recorded, so nothing is lost.
        if (HandlersFor(callback).Select(h => h.FindProblem(callback.Event)).FirstOrDefault(p => p is not null) is { } problem)
        {
            return SlackAnswer.Reject(400, $"Malformed {callback.EventType} event: {problem}");
        }

        if (!await IsFirstDeliveryAsync(callback, cancellationToken))
        {
            logger.LogInformation("Event {EventId} ({EventType}) already handled; retry {RetryNum} acknowledged", callback.EventId, callback.EventType, callback.RetryNum);
            return SlackAnswer.Ok;
        }

        foreach (var handler in HandlersFor(callback))
        {
            try
            {
                await handler.HandleAsync(callback, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Still 200: a failing handler must not make Slack retry the others or disable the subscription.
                logger.LogError(e, "Event handler {Handler} failed on {EventType} {EventId}", handler.GetType().Name, callback.EventType, callback.EventId);
            }
        }

        return SlackAnswer.Ok;
    }

    private IEnumerable<ISlackEventHandler> HandlersFor(EventCallback callback) =>
        services.GetServices<ISlackEventHandler>()
            .Where(h => string.Equals(h.EventType, callback.EventType, StringComparison.Ordinal));

    private async Task<bool> IsFirstDeliveryAsync(EventCallback callback, CancellationToken cancellationToken)
    {
        if (services.GetService<IEventDeduplicator>() is not { } deduplicator)
        {
            return true;
        }

        try
        {
            return await deduplicator.TryClaimAsync(callback, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Handling twice beats never handling: an event lost to a broken store would not come back.
            logger.LogError(e, "Event deduplication failed for {EventId}; dispatching anyway", callback.EventId);
            return true;
        }
    }
}
