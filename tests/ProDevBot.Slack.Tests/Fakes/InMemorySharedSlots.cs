using ProDevBot.Slack.WebApi.Pacing;

namespace ProDevBot.Slack.Tests.Fakes;

/// <summary>One call schedule per method that several Slack clients share, as a cluster's database would hold it.</summary>
public sealed class InMemorySharedSlots : ISlackSharedSlots
{
    private readonly Dictionary<string, DateTimeOffset> _nextFree = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ValueTask<DateTimeOffset?> TakeSlotAsync(string method, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var slot = _nextFree.TryGetValue(method, out var next) && next > now ? next : now;
            _nextFree[method] = slot + interval;
            return ValueTask.FromResult<DateTimeOffset?>(slot);
        }
    }
}
