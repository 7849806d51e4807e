namespace ProDevBot.Nudges;

/// <summary>
/// A scheduled nudge occurrence that has run. The scheduler and the start-up reconciler never add a trigger for one
/// again, so a restart cannot send it a second time; a student who joins after a kickoff ran gets it on joining.
/// </summary>
public sealed class NudgeRun
{
    public required string CohortId { get; init; }

    /// <summary><see cref="NudgeOccurrence.Id"/>: kind and local date, e.g. <c>kickoff:2026-03-09</c>.</summary>
    public required string Occurrence { get; init; }

    public DateTimeOffset RanAt { get; init; }
}
