using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>Says every event_id starting with <c>EvSeen</c> was handled before; any other is new.</summary>
public sealed class SeenEventDeduplicator : IEventDeduplicator
{
    public Task<bool> TryClaimAsync(EventCallback callback, CancellationToken cancellationToken) =>
        Task.FromResult(!callback.EventId.StartsWith("EvSeen", StringComparison.Ordinal));
}
