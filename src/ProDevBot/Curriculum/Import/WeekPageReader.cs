using Markdig.Syntax;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Reads a week page: the front-matter title (and subheading), and every due phrase under a heading about due
/// dates ("Due Dates &amp; Reminders", "Check for Understanding and Due Dates", "Coffee Chat Deliverable").
/// </summary>
internal static class WeekPageReader
{
    private static readonly string[] DueHeadingWords = ["due", "reminder", "deliverable"];

    public static WeekPage Read(MarkdownPage page, int week)
    {
        ArgumentNullException.ThrowIfNull(page);
        var dues = new List<WeekPageDue>();
        foreach (var heading in page.Document.Descendants<HeadingBlock>())
        {
            var title = InlineText.Of(heading).Text;
            if (!DueHeadingWords.Any(w => MarkdownPage.HeadingContains(title, w)))
            {
                continue;
            }

            foreach (var paragraph in MarkdownBlocks.Paragraphs(page.Section(heading)))
            {
                var text = InlineText.Of(paragraph);
                var sentence = InlineText.Clean(text.Text);
                dues.AddRange(DuePhraseFinder.Find(text.Text, week)
                    .Select(phrase => new WeekPageDue(text.LineAt(phrase.Start), sentence, phrase)));
            }
        }

        return new WeekPage(page.Name, week, page.FrontMatter("subheading") ?? page.FrontMatter("title"), dues);
    }
}
