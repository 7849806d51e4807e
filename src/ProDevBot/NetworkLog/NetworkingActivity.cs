namespace ProDevBot.NetworkLog;

/// <summary>One networking activity a student logged; each counts toward the module's networking deliverable.</summary>
public sealed class NetworkingActivity
{
    public long Id { get; init; }
    public required string StudentId { get; init; }

    /// <summary>The module the student was in when they logged it.</summary>
    public int Module { get; init; }

    public required string ContactName { get; set; }
    public string? ContactRole { get; set; }
    public string? ContactCompany { get; set; }
    public NetworkingKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public required string Learned { get; set; }
    public string? GoalsLink { get; set; }
    public DateOnly? FollowUpOn { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
