using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Reads <c>modN_learning_goals.md</c>: the key learning goals, the target-level sentence ("we aim for students
/// to achieve [Level II readiness](…) in Networking, …") and the "**Networking Level II:**" groups of SIAT bullets.
/// </summary>
internal static partial class LearningGoalsPageReader
{
    public static void Read(MarkdownPage page, SiteModule into, ModuleReport report)
    {
        if (into.LearningGoals is null && page.Heading(t => MarkdownPage.HeadingContains(t, "Key Learning Goals")) is { } goals)
        {
            into.LearningGoals = MarkdownBlocks.Leaves(page.Section(goals)).Select(MarkdownBlocks.Text).Where(t => t.Length > 0).ToList();
        }

        into.Targets = TargetLevelSentence.Read(page, report);
        into.Outcomes = ReadOutcomes(page, report);
    }

    private static List<OutcomeGroup> ReadOutcomes(MarkdownPage page, ModuleReport report)
    {
        var groups = new List<OutcomeGroup>();
        foreach (var paragraph in page.Document.Descendants<ParagraphBlock>())
        {
            var lead = InlineText.Of(paragraph).LeadingStrong;
            var match = lead is null ? null : GroupHeading().Match(lead);
            if (match is not { Success: true })
            {
                continue;
            }

            var line = MarkdownBlocks.Line(paragraph);
            var competency = CurriculumVocabulary.Competency(match.Groups["competency"].Value);
            var level = CurriculumVocabulary.Level(match.Groups["level"].Value);
            if (competency is null || level is null)
            {
                report.Skip(page.Name, line, $"'{lead}' names no known competency and level; its statements are not imported");
                continue;
            }

            if (groups.Any(g => g.Competency == competency && g.Level == level))
            {
                report.Skip(page.Name, line, $"a second '{lead}' group; only the first is imported");
                continue;
            }

            var statements = Statements(page, paragraph, report);
            if (statements.Count == 0)
            {
                report.Skip(page.Name, line, $"'{lead}' has no SIAT statements under it; not imported");
                continue;
            }

            groups.Add(new OutcomeGroup(competency.Value, level.Value, statements));
        }

        return groups;
    }

    // The bullets right after the heading paragraph; nested bullets complete their parent ("includes: a, b").
    private static List<string> Statements(MarkdownPage page, ParagraphBlock heading, ModuleReport report)
    {
        var parent = heading.Parent!;
        var index = parent.IndexOf(heading);
        if (index + 1 >= parent.Count || parent[index + 1] is not ListBlock list)
        {
            return [];
        }

        var statements = new List<string>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var text = MarkdownBlocks.Text(item);
            var nested = MarkdownBlocks.NestedItems(item).Select(MarkdownBlocks.Text).Where(t => t.Length > 0).ToList();
            if (nested.Count > 0)
            {
                text = $"{text.TrimEnd(':', ' ')}: {string.Join(", ", nested)}";
            }

            var siat = SiatPrefix().Match(text);
            if (!siat.Success)
            {
                report.Skip(page.Name, MarkdownBlocks.Line(item), $"'{ModuleReport.Short(text)}' is not a SIAT statement; not imported");
                continue;
            }

            statements.Add(text[siat.Length..].Trim());
        }

        return statements;
    }

    [GeneratedRegex(@"^(?<competency>.+?)\s+Level\s+(?<level>I{1,3})\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"^SIAT\b[\s:]*", RegexOptions.CultureInvariant)]
    private static partial Regex SiatPrefix();
}
