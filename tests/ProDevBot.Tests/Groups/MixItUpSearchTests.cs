using ProDevBot.Groups;

namespace ProDevBot.Tests.Groups;

public sealed class MixItUpSearchTests
{
    // 40 students: 12 in Mod 1, 12 in Mod 2, 8 in Mod 3, 8 in Mod 4.
    private static readonly List<MixItUpStudent> Class =
    [
        .. Enumerable.Range(1, 12).Select(i => new MixItUpStudent($"UA{i:D3}", "2603", 1)),
        .. Enumerable.Range(1, 12).Select(i => new MixItUpStudent($"UB{i:D3}", "2601", 2)),
        .. Enumerable.Range(1, 8).Select(i => new MixItUpStudent($"UC{i:D3}", "2511", 3)),
        .. Enumerable.Range(1, 8).Select(i => new MixItUpStudent($"UD{i:D3}", "2509", 4)),
    ];

    private static HashSet<string> PairsOf(IEnumerable<IEnumerable<MixItUpStudent>> groups)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups.Select(g => g.ToList()))
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    pairs.Add(MixItUpSearch.Pair(group[i].Id, group[j].Id));
                }
            }
        }

        return pairs;
    }

    [Fact]
    public void NoTwoStudentsMeetAgainInTheSecondWeekOfAClassOf40()
    {
        var sizes = GroupSizes.For(Class.Count, 5);
        var week2 = MixItUpSearch.Arrange(Class, sizes, new HashSet<string>(), seed: 1);
        var met = PairsOf(week2.Groups);

        var week4 = MixItUpSearch.Arrange(Class, sizes, met, seed: 2);

        Assert.Equal(80, met.Count); // 8 groups of 5: 10 pairs each
        Assert.Empty(PairsOf(week4.Groups).Intersect(met));
        Assert.Equal(0, week4.RepeatPairs);
        Assert.All(week4.Groups, g => Assert.True(g.Select(s => s.CohortId).Distinct().Count() > 1, "each group mixes cohorts"));
        Assert.All(week4.Groups, g => Assert.Contains(g, s => s.Module >= 3));
        Assert.Equal(Class.Select(s => s.Id).Order(), week4.Groups.SelectMany(g => g).Select(s => s.Id).Order());
    }

    [Fact]
    public void RepeatsAreAsFewAsAnyArrangementAllowsWhenNoneAvoidsThem()
    {
        // 9 students in groups of 3, five rounds in a row: each round is compared with the true minimum given the
        // rounds before it, found by trying every arrangement. By round 5 a repeat is unavoidable (9 students have
        // 36 pairs; each round uses 9).
        var students = Enumerable.Range(1, 9).Select(i => new MixItUpStudent($"U{i:D3}", i % 2 == 0 ? "2603" : "2601", 1)).ToList();
        var met = new HashSet<string>(StringComparer.Ordinal);
        var sawRepeats = false;
        for (var round = 1; round <= 5; round++)
        {
            var arrangement = MixItUpSearch.Arrange(students, [3, 3, 3], met, seed: round);
            var repeats = PairsOf(arrangement.Groups).Count(met.Contains);

            Assert.Equal(FewestRepeats(students.Select(s => s.Id).ToList(), met), repeats);
            Assert.Equal(repeats, arrangement.RepeatPairs);
            sawRepeats |= repeats > 0;
            met.UnionWith(PairsOf(arrangement.Groups));
        }

        Assert.True(sawRepeats, "the last rounds cannot avoid every repeat, so the minimum was tested above zero");
    }

    [Fact]
    public void EveryGroupHoldsAMod3Or4StudentWhileThereAreEnoughAndSaysHowManyLackOne()
    {
        var enough = MixItUpSearch.Arrange(Class, GroupSizes.For(40, 5), new HashSet<string>(), seed: 3);
        var fewSeniors = Class.Where(s => s.Module < 3).Concat(Class.Where(s => s.Module >= 3).Take(5)).ToList();
        var short3 = MixItUpSearch.Arrange(fewSeniors, GroupSizes.For(fewSeniors.Count, 5), new HashSet<string>(), seed: 3);

        Assert.Equal(0, enough.GroupsWithoutSenior);
        Assert.All(enough.Groups, g => Assert.Contains(g, s => s.IsSenior));
        Assert.Equal(6, short3.Groups.Count);
        Assert.Equal(1, short3.GroupsWithoutSenior); // 5 seniors, 6 groups: one in each of five
        Assert.Equal(5, short3.Groups.Count(g => g.Any(s => s.IsSenior)));
    }

    [Fact]
    public void TheSameSeedArrangesTheSameGroups()
    {
        var a = MixItUpSearch.Arrange(Class, GroupSizes.For(40, 4), new HashSet<string>(), seed: 11);
        var b = MixItUpSearch.Arrange([.. Enumerable.Reverse(Class)], GroupSizes.For(40, 4), new HashSet<string>(), seed: 11);

        Assert.Equal(a.Groups.Select(g => g.Select(s => s.Id)), b.Groups.Select(g => g.Select(s => s.Id)));
    }

    // Every way to split the students into groups of three, by brute force.
    private static int FewestRepeats(List<string> ids, HashSet<string> met)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var best = int.MaxValue;
        var first = ids[0];
        for (var i = 1; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var group = new[] { first, ids[i], ids[j] };
                var cost = (met.Contains(MixItUpSearch.Pair(group[0], group[1])) ? 1 : 0)
                           + (met.Contains(MixItUpSearch.Pair(group[0], group[2])) ? 1 : 0)
                           + (met.Contains(MixItUpSearch.Pair(group[1], group[2])) ? 1 : 0);
                var rest = ids.Where(id => !group.Contains(id)).ToList();
                best = Math.Min(best, cost + FewestRepeats(rest, met));
            }
        }

        return best;
    }
}
