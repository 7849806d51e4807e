using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>Records the payloads it is registered for (see SlackTestHost), answers an empty 200.</summary>
public sealed class RecordingInteractionHandler(Recorder recorder) : IInteractionHandler
{
    public Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        recorder.Calls.Enqueue(payload);
        return Task.FromResult(SlackAnswer.Ok);
    }
}
