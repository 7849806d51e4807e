namespace ProDevBot.Cohorts;

/// <summary>A student's membership of one cohort; a student is in at most one cohort at a time.</summary>
public sealed class Enrollment
{
    /// <summary>The student's Slack user id.</summary>
    public required string StudentId { get; init; }
    public required string CohortId { get; set; }
    public DateTimeOffset JoinedAt { get; set; }

    public Cohort? Cohort { get; set; }
}
