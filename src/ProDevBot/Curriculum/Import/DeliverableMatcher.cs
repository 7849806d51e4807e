namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Pairs imported deliverables with those of the merge folder, so an item keeps its id and hand-made fields.
/// Rules, in order, each existing item used once: the same title (ignoring case and spacing) and the same due;
/// the same derived id (<see cref="DeliverableIds"/>); the same due point (for a weekly item, the same week) and a
/// shared word of three letters or more in the titles ("1 networking activity" and "One networking activity");
/// last, the same title alone (a date the site moved). The due comes before the bare title because the site
/// gives one item two due points ("Resume draft" first due in week 2, final in week 6) and the merge folder may
/// name only one of the two parts as the site does.
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
            (i, e) => Normal(i.Title) == Normal(e.Title) && SameDue(i, e),
            (i, e) => DeliverableIds.For(i) == e.Id,
            (i, e) => SameDue(i, e) && Words(i.Title).Overlaps(Words(e.Title)),
            (i, e) => Normal(i.Title) == Normal(e.Title),
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

    private static bool SameDue(SiteDeliverable imported, Deliverable existing) =>
        imported.EachWeek is { } week ? existing.Due.Week == week : existing.Due == imported.Due;

    private static string Normal(string title) => InlineText.Clean(title).ToLowerInvariant();

    private static HashSet<string> Words(string title) =>
        title.ToLowerInvariant()
            .Split(title.Where(c => !char.IsLetter(c)).Distinct().ToArray())
            .Where(w => w.Length >= 3 && !Filler.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
}
