using System.Collections.Concurrent;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>Singleton the fake handlers write to, so a test can see what reached them (handlers themselves are scoped).</summary>
public sealed class Recorder
{
    public ConcurrentQueue<object> Calls { get; } = new();
}
