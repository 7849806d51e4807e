namespace ProDevBot.Cohorts;

/// <summary>What a roster sync did: students added and removed, and members left out (bots, coaches, deactivated, opted out).</summary>
public sealed record RosterChange(int Added, int Removed, int LeftOut)
{
    /// <summary>The user ids the sync enrolled.</summary>
    public IReadOnlyList<string> AddedStudents { get; init; } = [];
}
