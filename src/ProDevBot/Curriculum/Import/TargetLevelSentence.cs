using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Reads the target-level sentence of a learning-goals page: each "[Level(s) … readiness](…)" link applies to
/// the competencies named in the text that follows it, up to the next such link ("in all five" names them all).
/// </summary>
internal static partial class TargetLevelSentence
{
    public static List<CompetencyTarget>? Read(MarkdownPage page, ModuleReport report)
    {
        foreach (var paragraph in page.Document.Descendants<ParagraphBlock>())
        {
            var text = InlineText.Of(paragraph);
            var levels = text.Links.Where(l => Levels().IsMatch(l.Text)).ToList();
            if (levels.Count > 0)
            {
                return Targets(page, text, levels, MarkdownBlocks.Line(paragraph), report);
            }
        }

        report.Skip(page.Name, null, "no target-level sentence ('… achieve [Level II readiness](…) in …'); no target levels imported");
        return null;
    }

    private static List<CompetencyTarget> Targets(MarkdownPage page, InlineText text, List<SiteLink> levels, int line, ModuleReport report)
    {
        var targets = new List<CompetencyTarget>();
        for (var i = 0; i < levels.Count; i++)
        {
            var match = Levels().Match(levels[i].Text);
            var from = CurriculumVocabulary.Level(match.Groups["from"].Value)!.Value;
            var to = match.Groups["to"].Success ? CurriculumVocabulary.Level(match.Groups["to"].Value)!.Value : from;
            var end = i + 1 < levels.Count ? levels[i + 1].Start : text.Text.Length;
            var named = Named(text.Text[levels[i].End..end]);
            if (named.Count == 0)
            {
                report.Skip(page.Name, line, $"'{levels[i].Text}' names no competency after it; not imported");
            }

            foreach (var competency in named)
            {
                if (targets.Any(t => t.Competency == competency))
                {
                    report.Skip(page.Name, line, $"{CurriculumText.Name(competency)} is given a target level twice; the first is kept");
                    continue;
                }

                targets.Add(new CompetencyTarget(competency, from, to));
            }
        }

        return [.. targets.OrderBy(t => t.Competency)];
    }

    private static List<Competency> Named(string text)
    {
        if (AllFive().IsMatch(text))
        {
            return [.. Enum.GetValues<Competency>()];
        }

        return Enum.GetValues<Competency>()
            .Select(c => (Competency: c, At: text.IndexOf(CurriculumText.Name(c), StringComparison.OrdinalIgnoreCase)))
            .Where(c => c.At >= 0)
            .OrderBy(c => c.At)
            .Select(c => c.Competency)
            .ToList();
    }

    [GeneratedRegex(@"^\s*Levels?\s+(?<from>I{1,3})(?:\s*(?:and|to|-|–)\s*(?<to>I{1,3}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Levels();

    [GeneratedRegex(@"\ball\s+(?:five|5)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllFive();
}
