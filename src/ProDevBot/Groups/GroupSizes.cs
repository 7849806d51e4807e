namespace ProDevBot.Groups;

/// <summary>How many students go in each group: as few groups as the size allows, sizes within one of each other.</summary>
public static class GroupSizes
{
    public const int Smallest = 2;
    public const int Largest = 10;
    public const int Default = 5;

    /// <summary>
    /// Sizes, largest first, for <paramref name="students"/> at most <paramref name="size"/> each; empty for fewer than
    /// two students, since a group of one is no group. Six at size 5 are 3 + 3, not 5 + 1.
    /// </summary>
    public static IReadOnlyList<int> For(int students, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, Smallest);
        if (students < 2)
        {
            return [];
        }

        var groups = (students + size - 1) / size;
        var small = students / groups;
        var bigger = students % groups;
        return [.. Enumerable.Range(0, groups).Select(i => i < bigger ? small + 1 : small)];
    }
}
