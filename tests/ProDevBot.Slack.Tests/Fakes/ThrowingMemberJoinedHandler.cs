using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>Records, then fails on every <c>member_joined_channel</c> event.</summary>
public sealed class ThrowingMemberJoinedHandler(Recorder recorder) : ISlackEventHandler
{
    public string EventType => "member_joined_channel";

    public Task HandleAsync(EventCallback callback, CancellationToken cancellationToken)
    {
        recorder.Calls.Enqueue(callback);
        throw new InvalidOperationException("handler bug");
    }
}
