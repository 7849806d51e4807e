namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Pairs imported deliverables with those of the merge folder, so an item keeps its id and hand-made fields.
/// Rules, in order, each existing item used once: the same title (ignoring case and spacing); the same derived
/// id (<see cref="DeliverableIds"/>); the same due point (for a weekly item, the same week) and a shared word
/// of three letters or more in the titles ("1 networking activity" and "One networking activity").
/// </summary>
internal static class DeliverableMatcher
{
    private static readonly HashSet<string> Filler =
        ["the", "and", "for", "with", "your", "you", "due", "date", "week", "end", "mod", "module", "submission", "complete", "final", "of"];

    public static Dictionary<int, Deliverable> Match(IReadOnlyList<SiteDeliverable> imported, IReadOnlyList<Deliverable> existing)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(existing);
        var matches = new Dictionary<int, Deliverable>();
        var free = existing.ToList();
        Func<SiteDeliverable, Deliverable, bool>[] rules =
        [
            (i, e) => Normal(i.Title) == Normal(e.Title),
            (i, e) => DeliverableIds.For(i) == e.Id,
            (i, e) => (i.EachWeek is { } week ? e.Due.Week == week : e.Due == i.Due) && Words(i.Title).Overlaps(Words(e.Title)),
        ];
        foreach (var rule in rules)
        {
            for (var n = 0; n < imported.Count; n++)
            {
                if (!matches.ContainsKey(n) && free.FirstOrDefault(e => rule(imported[n], e)) is { } hit)
                {
                    matches[n] = hit;
                    free.Remove(hit);
                }
            }
        }

        return matches;
    }

    private static string Normal(string title) => InlineText.Clean(title).ToLowerInvariant();

    private static HashSet<string> Words(string title) =>
        title.ToLowerInvariant()
            .Split(title.Where(c => !char.IsLetter(c)).Distinct().ToArray())
            .Where(w => w.Length >= 3 && !Filler.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
}
