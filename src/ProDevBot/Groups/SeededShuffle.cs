namespace ProDevBot.Groups;

/// <summary>A Fisher–Yates shuffle from a seed: the same seed and the same ids give the same order on every run.</summary>
public static class SeededShuffle
{
    public static List<T> Shuffle<T>(IEnumerable<T> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    /// <summary>Students in shuffled order dealt into groups of the given sizes.</summary>
    public static List<List<string>> Deal(IEnumerable<string> studentIds, IReadOnlyList<int> sizes, int seed)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        // Sorted first, so the order students come out of the database cannot change the result.
        var order = Shuffle(studentIds.Order(StringComparer.Ordinal), new Random(seed));
        var groups = new List<List<string>>();
        var next = 0;
        foreach (var size in sizes)
        {
            groups.Add(order.GetRange(next, size));
            next += size;
        }

        return groups;
    }
}
