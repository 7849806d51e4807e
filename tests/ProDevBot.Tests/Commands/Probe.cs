using System.Collections.Concurrent;

namespace ProDevBot.Tests.Commands;

/// <summary>What the test features' handlers were asked, in order.</summary>
public sealed class Probe
{
    public ConcurrentQueue<string> Calls { get; } = new();
}
