using Markdig.Syntax;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Reads a module's <c>index.md</c>: title, Overview paragraph, Key Learning Goals, Deliverables, Weekly
/// Breakdown, supplemental activities and the repeat-the-module section.
/// </summary>
internal static class IndexPageReader
{
    public static void Read(MarkdownPage page, SitePages pages, SiteModule into, ModuleReport report)
    {
        into.Title = page.FrontMatter("title");
        if (into.Title is null)
        {
            report.Skip(page.Name, page.FrontMatterLineOf("title"), "the page has no title in its front matter");
        }

        if (page.Heading(t => t.Equals("Overview", StringComparison.OrdinalIgnoreCase)) is { } overview
            && page.Section(overview).OfType<ParagraphBlock>().FirstOrDefault() is { } summary)
        {
            into.Summary = InlineText.Clean(InlineText.Of(summary).Text);
        }

        if (page.Heading(t => MarkdownPage.HeadingContains(t, "Key Learning Goals")) is { } goals)
        {
            into.LearningGoals = MarkdownBlocks.Leaves(page.Section(goals)).Select(MarkdownBlocks.Text).Where(t => t.Length > 0).ToList();
        }

        SiteDeliverableReader.Read(page, into, report);
        WeeklyBreakdownReader.Read(page, pages, into, report);
        if (page.Heading(t => MarkdownPage.HeadingContains(t, "Supplemental")) is { } supplemental)
        {
            into.Supplemental = MarkdownBlocks.Items(page.Section(supplemental))
                .Select(item => (Title: MarkdownBlocks.Text(item), Link: FirstLink(InlineText.Of(MarkdownBlocks.Paragraph(item)))))
                .Where(s => s.Title.Length > 0)
                .Select(s => new SupplementalActivity(s.Title, s.Link))
                .ToList();
        }

        into.Repeat = Repeat(page, pages);
    }

    // The index's repeat paragraph (or its list of guidelines) and its link; the module's repeat-plan page
    // gives the link when the paragraph has none, and the text when the index has no such section.
    private static RepeatPlan? Repeat(MarkdownPage page, SitePages pages)
    {
        var planLink = pages.RepeatPlan is { } plan ? $"/{pages.Folder}/{Path.GetFileNameWithoutExtension(plan)}" : null;
        if (page.Heading(t => MarkdownPage.HeadingContains(t, "repeat")) is { } heading)
        {
            var blocks = page.Section(heading);
            var texts = blocks.OfType<ParagraphBlock>().Select(p => InlineText.Of(p)).ToList();
            var summary = texts.Count > 0
                ? string.Join(' ', texts.Select(t => InlineText.Clean(t.Text)))
                : string.Join(' ', MarkdownBlocks.Items(blocks).Select(MarkdownBlocks.Text).Select(Sentence));
            var link = texts.Select(FirstLink).FirstOrDefault(l => l is not null) ?? planLink;
            return summary.Length > 0 ? new RepeatPlan(summary, link) : null;
        }

        if (pages.RepeatPlan is not null)
        {
            var planPage = MarkdownPage.Parse($"{pages.Folder}/{pages.RepeatPlan}", File.ReadAllText(Path.Combine(pages.SiteRoot, pages.Folder, pages.RepeatPlan)));
            if (planPage.Document.OfType<ParagraphBlock>().FirstOrDefault() is { } first)
            {
                return new RepeatPlan(InlineText.Clean(InlineText.Of(first).Text), planLink);
            }
        }

        return null;
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    public static string? FirstLink(InlineText text) => text.Links.Select(l => l.UsableUrl).FirstOrDefault(u => u is not null);
}
