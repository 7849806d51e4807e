namespace ProDevBot.FakeSlack;

/// <summary>
/// What <c>GET /_fake/stats</c> answers: chat.postMessage calls received, idempotency keys delivered once and
/// delivered again, 429s answered and failures injected, and when the first and last keyed message was accepted.
/// </summary>
public sealed record FakeSlackStats(
    int TotalCalls,
    int PostMessageCalls,
    int DistinctKeysDelivered,
    int DuplicateKeys,
    int RateLimited,
    int InjectedFailures)
{
    /// <summary>When the first keyed chat.postMessage was accepted (null before any).</summary>
    public DateTimeOffset? FirstDeliveryAt { get; init; }

    /// <summary>When the last keyed chat.postMessage was accepted (null before any).</summary>
    public DateTimeOffset? LastDeliveryAt { get; init; }
}
