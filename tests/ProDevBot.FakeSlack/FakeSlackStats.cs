namespace ProDevBot.FakeSlack;

/// <summary>
/// What <c>GET /_fake/stats</c> answers: chat.postMessage calls received, idempotency keys delivered once and
/// delivered again, 429s answered and failures injected.
/// </summary>
public sealed record FakeSlackStats(
    int TotalCalls,
    int PostMessageCalls,
    int DistinctKeysDelivered,
    int DuplicateKeys,
    int RateLimited,
    int InjectedFailures);
