namespace ProDevBot.Progress;

/// <summary>A student ticked one checklist item of a deliverable (e.g. the LinkedIn headshot).</summary>
public sealed class ChecklistItemCompletion
{
    public required string StudentId { get; init; }
    public int Module { get; init; }
    public required string DeliverableId { get; init; }
    public required string ItemId { get; init; }
    public DateTimeOffset CompletedAt { get; init; }
}
