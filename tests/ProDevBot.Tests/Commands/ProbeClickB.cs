using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Tests.Commands;

/// <summary>A second click handler, for another action id.</summary>
public sealed class ProbeClickB(Probe probe) : IInteractionHandler
{
    public Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue($"B {((BlockActionsPayload)payload).Actions[0].ActionId}");
        return Task.FromResult(SlackAnswer.Ok);
    }
}
