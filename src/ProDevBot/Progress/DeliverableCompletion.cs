namespace ProDevBot.Progress;

/// <summary>A student marked a deliverable done; deadline reminders skip them.</summary>
public sealed class DeliverableCompletion
{
    public required string StudentId { get; init; }
    public int Module { get; init; }
    public required string DeliverableId { get; init; }
    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>For a link-kind deliverable (a LinkedIn profile URL): what the student handed in.</summary>
    public string? Url { get; set; }
}
