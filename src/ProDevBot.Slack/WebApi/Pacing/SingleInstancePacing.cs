namespace ProDevBot.Slack.WebApi.Pacing;

/// <summary>One instance talks to Slack: its own limiters and pauses are the workspace's, so nothing is shared.</summary>
internal sealed class SingleInstancePacing : ISlackPauseBroadcast, ISlackSharedSlots
{
    public void Paused(string method, DateTimeOffset until)
    {
    }

    public ValueTask<DateTimeOffset?> TakeSlotAsync(string method, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DateTimeOffset?>(null);
}
