using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Reads the index's "Weekly Breakdown" list: "[Week 2](/module_one/mod1_week2): Topic" lines, or
/// "Week 2: Topic" lines (Module 3 writes them so). A line inside an HTML comment is a withdrawn week.
/// </summary>
internal static partial class WeeklyBreakdownReader
{
    // The site's own host (its CNAME): Module 3's lines link its pages absolutely.
    private const string SiteHost = "careerdev.turing.edu";

    public static void Read(MarkdownPage page, SitePages pages, SiteModule into, ModuleReport report)
    {
        if (page.Heading(t => MarkdownPage.HeadingContains(t, "Weekly Breakdown")) is not { } heading)
        {
            report.Skip(page.Name, null, "no 'Weekly Breakdown' heading; no weeks imported from the site");
            return;
        }

        var weeks = new List<Week>();
        var linkedFromLines = LinkedPages(page.Section(heading));
        foreach (var block in page.Section(heading))
        {
            if (block is HtmlBlock { Type: HtmlBlockType.Comment } comment)
            {
                Withdrawn(page, comment, into, report);
                continue;
            }

            foreach (var item in MarkdownBlocks.Items([block]))
            {
                if (ReadLine(page, pages, item, linkedFromLines, report) is { } week)
                {
                    if (weeks.Any(w => w.Number == week.Number))
                    {
                        report.Skip(page.Name, MarkdownBlocks.Line(item), $"week {week.Number} is listed twice; the first line is kept");
                        continue;
                    }

                    weeks.Add(week);
                }
            }
        }

        into.Weeks = weeks;
    }

    private static Week? ReadLine(MarkdownPage page, SitePages pages, ListItemBlock item, HashSet<string> linkedFromLines, ModuleReport report)
    {
        var text = InlineText.Of(MarkdownBlocks.Paragraph(item));
        var line = MarkdownBlocks.Line(item);
        var (number, topic, link) = Parse(text);
        if (number is null)
        {
            report.Skip(page.Name, line, $"'{ModuleReport.Short(InlineText.Clean(text.Text))}' is not a week line ('[Week N](/…): Topic' or 'Week N: Topic')");
            return null;
        }

        if (number is < 1 or > DuePointParser.WeeksPerModule)
        {
            report.Skip(page.Name, line, $"week {number} is outside the module; weeks run 1 to {DuePointParser.WeeksPerModule}");
            return null;
        }

        var weekPage = pages.Weeks.GetValueOrDefault(number.Value);
        if (link is not null && !SitePath.IsPage(pages.SiteRoot, link))
        {
            report.Skip(page.Name, line, $"week {number} links '{link}', which is no page in this checkout; the week is imported without a link");
            link = null;
        }
        else if (link is null && weekPage is not null)
        {
            // A page named after this week but linked from the breakdown's lines belongs to the line that links it
            // (Module 3's week 2 lesson lives in mod3_week5.md), so it is not this week's page.
            var byName = $"/{pages.Folder}/{Path.GetFileNameWithoutExtension(weekPage)}";
            if (linkedFromLines.Contains(byName))
            {
                report.Skip(page.Name, line, $"{weekPage} is linked from another line of the Weekly Breakdown; week {number} is imported without a link");
            }
            else
            {
                link = byName;
            }
        }

        return new Week(number.Value, topic, string.Empty, link, [], GroupKind.None, null);
    }

    private static (int? Number, string Topic, string? Link) Parse(InlineText text)
    {
        var raw = text.Text;
        if (text.Links is [var first, ..] && WeekLabel().Match(first.Text) is { Success: true } label
            && string.IsNullOrWhiteSpace(raw[..first.Start]))
        {
            return (Number(label), Topic(raw[first.End..]), first.UsableUrl);
        }

        var plain = WeekPrefix().Match(InlineText.Clean(raw));
        return plain.Success ? (Number(plain), Topic(plain.Groups["rest"].Value), null) : (null, string.Empty, null);
    }

    private static int Number(Match match) => int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);

    // A topic is the line's first sentence: Module 3's lines go on with instructions.
    private static string Topic(string rest)
    {
        var topic = InlineText.Clean(rest).TrimStart(':', '-', '–', ' ');
        var stop = topic.IndexOf(". ", StringComparison.Ordinal);
        return (stop > 0 ? topic[..stop] : topic).TrimEnd('.', ' ');
    }

    /// <summary>Every page the breakdown's lines link, as a site-relative path without anchor (absolute links to the site included).</summary>
    private static HashSet<string> LinkedPages(IEnumerable<Block> section)
    {
        var pagesLinked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in MarkdownBlocks.Items(section))
        {
            foreach (var found in InlineText.Of(MarkdownBlocks.Paragraph(item)).Links)
            {
                var url = found.Url;
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Equals(SiteHost, StringComparison.OrdinalIgnoreCase))
                {
                    url = uri.AbsolutePath;
                }

                if (url.StartsWith('/'))
                {
                    pagesLinked.Add(Uri.UnescapeDataString(url.Split('#', '?')[0]).TrimEnd('/'));
                }
            }
        }

        return pagesLinked;
    }

    private static void Withdrawn(MarkdownPage page, HtmlBlock comment, SiteModule into, ModuleReport report)
    {
        var inner = comment.Lines.ToString().Replace("<!--", string.Empty, StringComparison.Ordinal).Replace("-->", string.Empty, StringComparison.Ordinal);
        var fragment = MarkdownPage.Parse(page.Name, inner);
        foreach (var item in MarkdownBlocks.Items(fragment.Document))
        {
            var (number, topic, _) = Parse(InlineText.Of(MarkdownBlocks.Paragraph(item)));
            if (number is { } n)
            {
                into.WithdrawnWeeks.Add(n);
                report.Skip(page.Name, MarkdownBlocks.Line(comment) + item.Line, $"week {n} ('{topic}') is withdrawn: it sits inside an HTML comment; not imported");
            }
        }
    }

    [GeneratedRegex(@"^\s*Week\s*(?<n>\d+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekLabel();

    [GeneratedRegex(@"^Week\s*(?<n>\d+)\s*[:\-–]\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekPrefix();
}
