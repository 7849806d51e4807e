namespace ProDevBot.Groups;

/// <summary>A student taking part in a Mix It Up round: their cohort, and whether they are in Mod 3 or 4.</summary>
public sealed record MixItUpStudent(string Id, string CohortId, int Module)
{
    public bool IsSenior => Module >= 3;
}
