using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Reads the index's "Deliverables" list. Each item is one deliverable, titled by its opening bold text
/// (or its first sentence), due at the due points in its text and its sub-items. An item with several
/// due points ("Due date #1 … Final due date …") becomes one deliverable per due point; an item whose due
/// is "the respective week" becomes one deliverable per "Week N …" sub-item.
/// </summary>
internal static partial class SiteDeliverableReader
{
    public static void Read(MarkdownPage page, SiteModule into, ModuleReport report)
    {
        if (page.Heading(t => t.StartsWith("Deliverables", StringComparison.OrdinalIgnoreCase)) is not { } heading)
        {
            report.Skip(page.Name, null, "no 'Deliverables' heading; no deliverables imported from the site");
            foreach (var text in MarkdownBlocks.Paragraphs(page.Document).Select(p => InlineText.Of(p)))
            {
                foreach (var phrase in DuePhraseFinder.Find(text.Text, pageWeek: null))
                {
                    report.Skip(page.Name, text.LineAt(phrase.Start), $"'{phrase.Text}' in '{ModuleReport.Short(InlineText.Clean(text.Text))}' is not imported: the page has no Deliverables list");
                }
            }

            return;
        }

        var deliverables = new List<SiteDeliverable>();
        foreach (var block in page.Section(heading))
        {
            if (block is HtmlBlock { Type: HtmlBlockType.Comment })
            {
                report.Skip(page.Name, MarkdownBlocks.Line(block), "an HTML comment in the Deliverables list: withdrawn, not imported");
            }

            foreach (var item in MarkdownBlocks.Items([block]))
            {
                deliverables.AddRange(ReadItem(page, item, report));
            }
        }

        into.Deliverables = deliverables;
    }

    private static IEnumerable<SiteDeliverable> ReadItem(MarkdownPage page, ListItemBlock item, ModuleReport report)
    {
        var own = InlineText.Of(MarkdownBlocks.Paragraph(item));
        var ownPhrases = DuePhraseFinder.Find(own.Text, pageWeek: null);
        if (ownPhrases.FirstOrDefault(p => p.DayOfEachWeek is not null) is { } each)
        {
            return Weekly(page, item, each, report);
        }

        var found = new List<(DuePoint Due, InlineText Where)>();
        foreach (var paragraph in MarkdownBlocks.Paragraphs(item))
        {
            var text = paragraph == MarkdownBlocks.Paragraph(item) ? own : InlineText.Of(paragraph);
            foreach (var phrase in DuePhraseFinder.Find(text.Text, pageWeek: null))
            {
                if (phrase.Due is { } due)
                {
                    found.Add((due, text));
                }
                else
                {
                    report.Skip(page.Name, text.LineAt(phrase.Start), $"due phrase not imported: {phrase.Problem}");
                }
            }
        }

        var title = Title(own, ownPhrases);
        var line = MarkdownBlocks.Line(item);
        if (title.Length == 0)
        {
            report.Skip(page.Name, line, "a deliverable item without a title (no bold text or sentence to name it); not imported");
            return [];
        }

        var dues = found.DistinctBy(f => f.Due).OrderBy(f => f.Due.Week).ThenBy(f => f.Due.Day).ToList();
        if (dues.Count == 0)
        {
            report.Skip(page.Name, line, $"deliverable '{title}' has no due point with a day and a week; not imported");
            return [];
        }

        var link = own.Links.Select(l => l.UsableUrl).FirstOrDefault(u => u is not null);
        return dues.Select((d, i) => new SiteDeliverable(
            i == dues.Count - 1 ? title : $"{title} (submission {i + 1} of {dues.Count})",
            d.Due,
            d.Where.Links.Select(l => l.UsableUrl).FirstOrDefault(u => u is not null) ?? link,
            null,
            line));
    }

    private static IEnumerable<SiteDeliverable> Weekly(MarkdownPage page, ListItemBlock item, DuePhrase each, ModuleReport report)
    {
        if (each.Problem is not null)
        {
            report.Skip(page.Name, MarkdownBlocks.Line(item), $"due phrase not imported: {each.Problem}");
            yield break;
        }

        foreach (var sub in MarkdownBlocks.NestedItems(item))
        {
            var text = InlineText.Of(MarkdownBlocks.Paragraph(sub));
            var title = InlineText.Clean(text.Text).TrimEnd(':', '.', ' ');
            var line = MarkdownBlocks.Line(sub);
            var week = WeekPrefix().Match(title);
            string? reason = null;
            var due = week.Success ? DuePointParser.TryParse($"{each.DayOfEachWeek} of week {week.Groups["n"].Value}", out reason) : null;
            if (due is null)
            {
                report.Skip(page.Name, line, week.Success
                    ? $"'{title}': {reason}"
                    : $"'{title}' names no week, so '{each.Text}' gives it no due point; not imported");
                continue;
            }

            var link = text.Links.Select(l => l.UsableUrl).FirstOrDefault(u => u is not null);
            yield return new SiteDeliverable(title, due.Value, link, int.Parse(week.Groups["n"].Value, CultureInfo.InvariantCulture), line);
        }
    }

    // "**Resume draft:**" gives the title; otherwise the words before the first due phrase or full stop.
    private static string Title(InlineText own, IReadOnlyList<DuePhrase> phrases)
    {
        if (own.LeadingStrong is { Length: > 0 } strong)
        {
            return strong;
        }

        var text = own.Text;
        var end = phrases.Count > 0 ? phrases[0].Start : text.Length;
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        if (stop >= 0 && stop < end)
        {
            end = stop;
        }

        return InlineText.Clean(text[..end]).TrimEnd(':', '.', ',', ' ');
    }

    [GeneratedRegex(@"^Week\s*(?<n>\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekPrefix();
}
