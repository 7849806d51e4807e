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
        // One handler per key (action_id, callback_id), found by lookup; nothing registered is still a success for
        // Slack, since a 404 would show the user an error.
        if (services.GetService<InteractionRoutes>()?.Find(payload) is not { } found)
        {
            return SlackAnswer.Ok;
        }

        var (route, type) = found;

        try
        {
            if (route.Restricted && await RefuseAsync(payload, route, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            var handler = (IInteractionHandler)services.GetRequiredService(type);
            return await handler.HandleAsync(payload, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An empty 200 rather than a 500: Slack would only show a generic error. The payload is not logged.
            logger.LogError(e, "Interaction handler {Handler} failed on a {Type} payload", type.Name, payload.Type);
            return SlackAnswer.Ok;
        }
    }

    // The one check for restricted routes; with no gate registered, nobody passes (closed, not open, by default).
    private async Task<SlackAnswer?> RefuseAsync(InteractionPayload payload, InteractionRoute route, CancellationToken cancellationToken)
    {
        if (services.GetService<IInteractionGate>() is not { } gate)
        {
            logger.LogWarning("{Kind} {Key} is restricted and no IInteractionGate is registered; refused", route.Kind, route.Key);
            return SlackAnswer.Ok;
        }

        return await gate.RefuseAsync(payload, route, cancellationToken);
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
