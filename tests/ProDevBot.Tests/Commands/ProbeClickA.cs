using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Tests.Commands;

/// <summary>A click handler that records its name with the action id it was given.</summary>
public sealed class ProbeClickA(Probe probe) : IInteractionHandler
{
    public Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue($"A {((BlockActionsPayload)payload).Actions[0].ActionId}");
        return Task.FromResult(SlackAnswer.Ok);
    }
}
