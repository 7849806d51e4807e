namespace ProDevBot.Cohorts;

/// <summary>What a roster sync did: students added and removed, and members left out (bots, coaches, deactivated).</summary>
public sealed record RosterChange(int Added, int Removed, int LeftOut);
