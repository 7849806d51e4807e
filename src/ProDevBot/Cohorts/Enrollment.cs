using ProDevBot.Nudges;

namespace ProDevBot.Cohorts;

/// <summary>A student's membership of one cohort; a student is in at most one cohort at a time.</summary>
public sealed class Enrollment
{
    /// <summary>The student's Slack user id.</summary>
    public required string StudentId { get; init; }
    public required string CohortId { get; set; }
    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>How the student came in: a roster sync removes only the students it added.</summary>
    public EnrollmentSource Source { get; set; } = EnrollmentSource.Joined;

    /// <summary>No nudges up to and including this local date; <see cref="DateOnly.MaxValue"/> until they resume.</summary>
    public DateOnly? PausedUntil { get; set; }

    /// <summary>The nudges the student turned off.</summary>
    public StudentNudges MutedNudges { get; set; }

    public Cohort? Cohort { get; set; }
}
