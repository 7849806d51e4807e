namespace ProDevBot.Groups;

/// <summary>The names of group rounds: one Homeroom set per cohort and module, one Mix It Up set per week and cohorts.</summary>
public static class GroupRounds
{
    public static string Homeroom(string cohortId, int module) => $"homeroom:{cohortId}:m{module}";

    public static string MixItUp(int week, IEnumerable<string> cohortIds) =>
        $"mixitup:w{week}:{string.Join('+', cohortIds.Order(StringComparer.Ordinal))}";

    /// <summary>A seed that depends only on the round, so forming the same round again (after a restart) comes out the same.</summary>
    public static int DefaultSeed(string round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var hash = 2166136261u; // FNV-1a: string.GetHashCode differs between processes
        foreach (var c in round)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
