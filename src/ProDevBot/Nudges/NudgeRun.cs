namespace ProDevBot.Nudges;

/// <summary>
/// A scheduled nudge occurrence that has run. The scheduler and the start-up reconciler never add a trigger for one
/// again, so a restart cannot send it a second time; a student who joins after a kickoff ran gets it on joining.
/// </summary>
public sealed class NudgeRun
{
    public required string CohortId { get; init; }

    /// <summary>Module, kind and local date, e.g. <c>1:kickoff:2026-03-09</c> (see <see cref="For"/>).</summary>
    public required string Occurrence { get; init; }

    public DateTimeOffset RanAt { get; init; }

    /// <summary>The module is part of it: a cohort advanced to a module whose week 1 shares a date still gets its nudges.</summary>
    public static string For(int module, NudgeOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{module}:{occurrence.Id}");
    }
}
