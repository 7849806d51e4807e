namespace ProDevBot.Curriculum;

/// <summary>Work a student hands in by a due point; a checklist breaks it into the items a coach looks for.</summary>
public sealed record Deliverable(
    string Id,
    string Title,
    string? Description,
    DeliverableKind Kind,
    DuePoint Due,
    IReadOnlyList<ChecklistItem> Checklist,
    string? Link);
