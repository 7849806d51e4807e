namespace ProDevBot.FakeSlack;

/// <summary>A chat.postMessage accepted with idempotency key <paramref name="Key"/>, at the instant it was answered ok.</summary>
public sealed record FakeSlackDelivery(string Key, DateTimeOffset At);
