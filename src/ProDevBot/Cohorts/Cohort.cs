namespace ProDevBot.Cohorts;

/// <summary>
/// A group of students taking one module together. The id is Turing's YYMM naming (e.g. "2511");
/// <see cref="StartsOn"/> is the Monday of week 1 in the cohort's own time zone.
/// </summary>
public sealed class Cohort
{
    public required string Id { get; init; }
    public int Module { get; set; }
    public DateOnly StartsOn { get; set; }
    public required string TimeZone { get; set; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public List<Enrollment> Enrollments { get; } = [];
}
