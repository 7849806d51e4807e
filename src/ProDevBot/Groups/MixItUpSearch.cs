namespace ProDevBot.Groups;

/// <summary>
/// Arranges Mix It Up groups by local search: seeded starts, then swaps of two students between groups while a swap
/// lowers the cost; the best of several starts wins. The cost ranks, in order: groups without a Mod 3/4 student
/// (while there are enough of them), pairs who met in an earlier Mix It Up, groups from one cohort only, and pairs
/// from the same cohort. Deterministic for a seed.
/// </summary>
public static class MixItUpSearch
{
    // Weights far enough apart that no amount of a lower concern outweighs one unit of a higher one (for rounds of
    // up to a thousand students): the order is a strict ranking, not a trade-off.
    private const long SeniorWeight = 10_000_000_000_000;
    private const long RepeatWeight = 100_000_000;
    private const long OneCohortWeight = 100_000;
    private const int Starts = 12;

    public static MixItUpArrangement Arrange(IReadOnlyList<MixItUpStudent> students, IReadOnlyList<int> sizes, ISet<string> metBefore, int seed)
    {
        ArgumentNullException.ThrowIfNull(students);
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(metBefore);
        var random = new Random(seed);
        var sorted = students.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var seniorsWanted = Math.Min(sizes.Count, sorted.Count(s => s.IsSenior));
        var cohorts = sorted.Select(s => s.CohortId).Distinct(StringComparer.Ordinal).Count();
        var cost = new Cost(metBefore, seniorsWanted, cohorts > 1);

        List<List<MixItUpStudent>>? best = null;
        var bestCost = long.MaxValue;
        for (var start = 0; start < Starts && bestCost > 0; start++)
        {
            var groups = Start(sorted, sizes, random);
            Improve(groups, cost);
            var total = cost.Total(groups);
            if (total < bestCost)
            {
                (best, bestCost) = (groups, total);
            }
        }

        best ??= [];
        return new MixItUpArrangement(
            [.. best.Select(g => (IReadOnlyList<MixItUpStudent>)[.. g])],
            best.Sum(cost.Repeats),
            best.Count(g => !g.Any(s => s.IsSenior)));
    }

    /// <summary>The pair key used in <c>metBefore</c>: the two ids in ordinal order.</summary>
    public static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} {b}" : $"{b} {a}";

    // Seniors are dealt first, one per group, then everyone else in shuffled order fills the places left.
    private static List<List<MixItUpStudent>> Start(List<MixItUpStudent> students, IReadOnlyList<int> sizes, Random random)
    {
        var groups = sizes.Select(_ => new List<MixItUpStudent>()).ToList();
        var order = SeededShuffle.Shuffle(students.Where(s => s.IsSenior), random)
            .Concat(SeededShuffle.Shuffle(students.Where(s => !s.IsSenior), random));
        var g = 0;
        foreach (var student in order)
        {
            while (groups[g].Count >= sizes[g])
            {
                g = (g + 1) % groups.Count;
            }

            groups[g].Add(student);
            g = (g + 1) % groups.Count;
        }

        return groups;
    }

    private static void Improve(List<List<MixItUpStudent>> groups, Cost cost)
    {
        var costs = groups.Select(cost.OfGroup).ToList();
        var withSenior = groups.Count(g => g.Any(s => s.IsSenior));
        bool improved;
        do
        {
            improved = false;
            for (var a = 0; a < groups.Count; a++)
            {
                for (var b = a + 1; b < groups.Count; b++)
                {
                    for (var i = 0; i < groups[a].Count; i++)
                    {
                        for (var j = 0; j < groups[b].Count; j++)
                        {
                            (groups[a][i], groups[b][j]) = (groups[b][j], groups[a][i]);
                            var newA = cost.OfGroup(groups[a]);
                            var newB = cost.OfGroup(groups[b]);
                            var newSenior = withSenior - Senior(costs[a]) - Senior(costs[b]) + Senior(newA) + Senior(newB);
                            var before = costs[a].Score + costs[b].Score + cost.SeniorPenalty(withSenior);
                            var after = newA.Score + newB.Score + cost.SeniorPenalty(newSenior);
                            if (after < before)
                            {
                                (costs[a], costs[b], withSenior, improved) = (newA, newB, newSenior, true);
                            }
                            else
                            {
                                (groups[a][i], groups[b][j]) = (groups[b][j], groups[a][i]);
                            }
                        }
                    }
                }
            }
        }
        while (improved);
    }

    private static int Senior(GroupCost cost) => cost.HasSenior ? 1 : 0;

    private readonly record struct GroupCost(long Score, bool HasSenior);

    private sealed class Cost(ISet<string> metBefore, int seniorsWanted, bool severalCohorts)
    {
        public GroupCost OfGroup(List<MixItUpStudent> group)
        {
            long score = 0;
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    score += metBefore.Contains(Pair(group[i].Id, group[j].Id)) ? RepeatWeight : 0;
                    score += string.Equals(group[i].CohortId, group[j].CohortId, StringComparison.Ordinal) ? 1 : 0;
                }
            }

            if (severalCohorts && group.Count > 1 && group.All(s => string.Equals(s.CohortId, group[0].CohortId, StringComparison.Ordinal)))
            {
                score += OneCohortWeight;
            }

            return new GroupCost(score, group.Any(s => s.IsSenior));
        }

        public long SeniorPenalty(int groupsWithSenior) => Math.Max(0, seniorsWanted - groupsWithSenior) * SeniorWeight;

        public long Total(List<List<MixItUpStudent>> groups) =>
            groups.Sum(g => OfGroup(g).Score) + SeniorPenalty(groups.Count(g => g.Any(s => s.IsSenior)));

        public int Repeats(List<MixItUpStudent> group)
        {
            var repeats = 0;
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    repeats += metBefore.Contains(Pair(group[i].Id, group[j].Id)) ? 1 : 0;
                }
            }

            return repeats;
        }
    }
}
