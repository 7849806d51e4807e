using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>Claims block_actions and view_submission payloads, records them, answers an empty 200.</summary>
public sealed class RecordingInteractionHandler(Recorder recorder) : IInteractionHandler
{
    public bool CanHandle(InteractionPayload payload) => payload is BlockActionsPayload or ViewSubmissionPayload;

    public Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        recorder.Calls.Enqueue(payload);
        return Task.FromResult(SlackAnswer.Ok);
    }
}
