namespace ProDevBot.Reflections;

/// <summary>A student's reflection for one week of a module; one per (student, module, week), editable.</summary>
public sealed class Reflection
{
    public long Id { get; init; }
    public required string StudentId { get; init; }
    public int Module { get; init; }
    public int Week { get; init; }

    /// <summary>The prompt as it read when the student answered (the curriculum may change later).</summary>
    public required string Prompt { get; set; }

    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
