namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Builds the bot's <see cref="Module"/> from what the site says, keeping from the merge folder's module what the
/// site cannot give: each week's group, group topic, reflection prompt, summary and activities (matched by week
/// number), each deliverable's id, kind, description and checklist (matched by <see cref="DeliverableMatcher"/>),
/// and any section the site does not have at all. Where the site gives a value, the site's value wins.
/// </summary>
internal static class CurriculumMerger
{
    public static Module Build(SiteModule site, Module? existing, ModuleReport report)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(report);
        if (existing is not null)
        {
            var kept = new[]
            {
                (site.Summary is null && existing.Summary.Length > 0, "summary"),
                (site.LearningGoals is null && existing.LearningGoals.Count > 0, "learning goals"),
                (site.Targets is null && existing.Targets.Count > 0, "target levels"),
                (site.Outcomes is null && existing.Outcomes.Count > 0, "outcomes"),
                (site.Deliverables is null && existing.Deliverables.Count > 0, "deliverables"),
                (site.Supplemental is null && existing.Supplemental.Count > 0, "supplemental activities"),
                (site.Repeat is null && existing.Repeat is not null, "repeat plan"),
            }.Where(k => k.Item1).Select(k => k.Item2).ToList();
            if (kept.Count > 0)
            {
                report.Note($"the site has no {string.Join(", ", kept)}; kept from the merge folder");
            }
        }

        // Starting from the existing record (with, not new) keeps any field added to the schema later.
        var start = existing ?? new Module(site.Number, $"Module {site.Number}", string.Empty, null, [], [], [], [], [], [], null);
        return start with
        {
            Title = site.Title ?? start.Title,
            Summary = site.Summary ?? start.Summary,
            Link = site.Link,
            LearningGoals = site.LearningGoals ?? start.LearningGoals,
            Weeks = Weeks(site, existing, report),
            Deliverables = Deliverables(site, existing, report),
            Targets = site.Targets ?? start.Targets,
            Outcomes = site.Outcomes ?? start.Outcomes,
            Supplemental = site.Supplemental ?? start.Supplemental,
            Repeat = site.Repeat ?? start.Repeat,
        };
    }

    private static List<Week> Weeks(SiteModule site, Module? existing, ModuleReport report)
    {
        var weeks = (site.Weeks ?? []).Select(w => existing?.FindWeek(w.Number) is { } e
            ? e with { Topic = w.Topic, Link = w.Link ?? e.Link }
            : w).ToList();
        foreach (var old in existing?.Weeks ?? [])
        {
            if (weeks.Any(w => w.Number == old.Number))
            {
                continue;
            }

            // A withdrawn week takes its page with it; a week the coach keeps without that page (a Wednesday group
            // still meets) stays.
            if (site.WithdrawnWeeks.Contains(old.Number) && old.Link is not null)
            {
                report.Skip("merge folder", null, $"week {old.Number} dropped: the site withdraws it");
            }
            else
            {
                weeks.Add(old);
                report.Note(site.WithdrawnWeeks.Contains(old.Number)
                    ? $"week {old.Number} kept from the merge folder without a page: the site withdraws its page"
                    : $"week {old.Number} kept from the merge folder: the site does not list it");
            }
        }

        return [.. weeks.OrderBy(w => w.Number)];
    }

    private static List<Deliverable> Deliverables(SiteModule site, Module? existing, ModuleReport report)
    {
        if (site.Deliverables is null)
        {
            return [.. existing?.Deliverables ?? []];
        }

        var old = existing?.Deliverables ?? [];
        var matches = DeliverableMatcher.Match(site.Deliverables, old);
        var taken = matches.Values.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var result = site.Deliverables.Select((d, n) => matches.TryGetValue(n, out var e)
            ? e with { Title = d.Title, Due = d.Due, Link = d.Link ?? e.Link }
            : new Deliverable(DeliverableIds.Unique(DeliverableIds.For(d), taken), d.Title, null, DeliverableKind.Checklist, d.Due, [], d.Link))
            .ToList();
        foreach (var dropped in old.Where(e => !matches.ContainsValue(e)))
        {
            report.Skip("merge folder", null, $"deliverable '{dropped.Id}' dropped: nothing in the site's Deliverables list matches it");
        }

        return result;
    }
}
