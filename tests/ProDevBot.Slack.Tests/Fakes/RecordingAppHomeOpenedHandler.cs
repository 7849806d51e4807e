using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>Records every <c>app_home_opened</c> callback.</summary>
public sealed class RecordingAppHomeOpenedHandler(Recorder recorder) : ISlackEventHandler
{
    public string EventType => "app_home_opened";

    public Task HandleAsync(EventCallback callback, CancellationToken cancellationToken)
    {
        recorder.Calls.Enqueue(callback);
        return Task.CompletedTask;
    }
}
