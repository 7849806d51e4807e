namespace ProDevBot.Slack.Routing;

/// <summary>
/// The app's single check on <see cref="InteractionRoute.Restricted"/> routes: asked before the handler, so no
/// handler repeats it.
/// </summary>
public interface IInteractionGate
{
    /// <summary>Null when the user who sent <paramref name="payload"/> may use <paramref name="route"/>; else the answer that refuses them.</summary>
    Task<SlackAnswer?> RefuseAsync(Payloads.InteractionPayload payload, InteractionRoute route, CancellationToken cancellationToken);
}
