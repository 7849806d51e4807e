namespace ProDevBot.Data;

/// <summary>An Events API event_id already handled: Slack retries up to 3 times and a retry must not run twice.</summary>
public sealed class ProcessedEvent
{
    public required string EventId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}
