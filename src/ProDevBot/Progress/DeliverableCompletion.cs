namespace ProDevBot.Progress;

/// <summary>A student marked a deliverable done; deadline reminders skip them.</summary>
public sealed class DeliverableCompletion
{
    public required string StudentId { get; init; }
    public int Module { get; init; }
    public required string DeliverableId { get; init; }
    public DateTimeOffset CompletedAt { get; init; }
}
