using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Which handler type answers which interaction key. Filled at registration, so two handlers claiming one key stop
/// start-up naming both; a payload then finds its one handler by key, without asking every handler.
/// </summary>
public sealed class InteractionRoutes
{
    private readonly Dictionary<(InteractionKind, string), (InteractionRoute Route, Type Handler)> _routes = [];

    public IEnumerable<(InteractionRoute Route, Type Handler)> All => _routes.Values;

    internal void Add(InteractionRoute route, Type handler)
    {
        if (string.IsNullOrEmpty(route.Key))
        {
            throw new InvalidOperationException($"{handler.Name} registers a {route.Kind} with an empty key.");
        }

        if (!_routes.TryAdd((route.Kind, route.Key), (route, handler)))
        {
            throw new InvalidOperationException(
                $"The {route.Kind} `{route.Key}` is claimed by both {_routes[(route.Kind, route.Key)].Handler.Name} and {handler.Name}; each key has one handler.");
        }
    }

    /// <summary>The route and handler for <paramref name="payload"/>'s key, or null when nothing is registered for it.</summary>
    public (InteractionRoute Route, Type Handler)? Find(InteractionPayload payload)
    {
        (InteractionKind Kind, string? Key)? key = payload switch
        {
            // Slack sends one action per block_actions payload; the first is the one clicked.
            BlockActionsPayload { Actions: [var first, ..] } => (InteractionKind.BlockAction, first.ActionId),
            ViewSubmissionPayload submission => (InteractionKind.ViewSubmission, submission.View.CallbackId),
            ViewClosedPayload closed => (InteractionKind.ViewClosed, closed.View.CallbackId),
            _ => null,
        };
        return key is { Key: { } id } k && _routes.TryGetValue((k.Kind, id), out var found) ? found : null;
    }
}
