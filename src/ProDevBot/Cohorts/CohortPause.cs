namespace ProDevBot.Cohorts;

/// <summary>A break (holiday, intermission) in the cohort's own dates: no nudge is sent from <see cref="From"/> to <see cref="To"/>, inclusive.</summary>
public sealed class CohortPause
{
    public long Id { get; init; }
    public required string CohortId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }

    public bool Covers(DateOnly date) => date >= From && date <= To;
}
