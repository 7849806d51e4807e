using ProDevBot.Curriculum;

namespace ProDevBot.Nudges;

/// <summary>
/// One nudge on a cohort's calendar: when it goes out (<see cref="At"/>), until when it is still worth sending
/// late (<see cref="NotAfter"/>), and the deliverables it is about.
/// </summary>
public sealed record NudgeOccurrence(NudgeKind Kind, int Week, DateOnly Date, DateTimeOffset At, DateTimeOffset NotAfter)
{
    public IReadOnlyList<Deliverable> Deliverables { get; init; } = [];

    /// <summary>The occurrence part of the outbox key: kind and local date.</summary>
    public string Id => $"{Kind.ToString().ToLowerInvariant()}:{Date:yyyy-MM-dd}";
}
