using System.Globalization;
using System.Text.RegularExpressions;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Finds the site's due phrases in text already taken from the Markdown tree, in every spelling the site
/// uses: "EOD Friday of Week 2", "EOD Monday Week3", "by Monday of Week 6", "Due by Friday of week 4",
/// "by the EOD Friday of Week 5", "EOD Friday of the respective week", and "this Friday" on a week page.
/// A phrase that names no weekday ("by the end of **Week 3**") is returned with its problem, never given a day.
/// </summary>
internal static partial class DuePhraseFinder
{
    /// <param name="text">Plain text of one paragraph.</param>
    /// <param name="pageWeek">The week of the page the text is on, which "this Friday" refers to; null elsewhere.</param>
    public static IReadOnlyList<DuePhrase> Find(string text, int? pageWeek)
    {
        var found = new List<DuePhrase>();
        foreach (Match match in Pattern().Matches(text))
        {
            var phrase = InlineText.Clean(match.Value);
            var day = match.Groups["day"].Success ? Day(match.Groups["day"].Value) : (DayOfWeek?)null;
            if (match.Groups["each"].Success)
            {
                found.Add(new DuePhrase(match.Index, phrase, null, day, WeekendProblem(day!.Value, phrase)));
            }
            else if (match.Groups["this"].Success)
            {
                found.Add(pageWeek is { } week
                    ? Point(match.Index, phrase, day!.Value, week.ToString(CultureInfo.InvariantCulture))
                    : new DuePhrase(match.Index, phrase, null, null, $"'{phrase}' names no week outside a week page"));
            }
            else if (day is null)
            {
                found.Add(new DuePhrase(match.Index, phrase, null, null, $"'{phrase}' names no day of the week, and the site does not say which day it means"));
            }
            else
            {
                found.Add(Point(match.Index, phrase, day.Value, match.Groups["week"].Value));
            }
        }

        return found;
    }

    // The bot's own rules (weekday, weeks 1-6) decide, through its own parser, so the importer cannot disagree with start-up.
    private static DuePhrase Point(int start, string phrase, DayOfWeek day, string week)
    {
        var due = DuePointParser.TryParse($"{day} of week {week}", out var reason);
        return due is null
            ? new DuePhrase(start, phrase, null, null, $"'{phrase}': {reason}")
            : new DuePhrase(start, phrase, due, null, null);
    }

    private static string? WeekendProblem(DayOfWeek day, string phrase) =>
        day is DayOfWeek.Saturday or DayOfWeek.Sunday ? $"'{phrase}' falls on a {day}; deadlines fall Monday to Friday" : null;

    private static DayOfWeek Day(string text) =>
        Enum.GetValues<DayOfWeek>().First(d => string.Equals(d.ToString(), text, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(
        @"(?:(?:due\s+)?by\s+)?(?:the\s+)?(?:EOD\s+)?(?:"
        + @"(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of\s+)?(?:the\s+)?(?:(?<each>respective\s+week)|week\s*(?<week>\d+))"
        + @"|(?<this>this)\s+(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        + @"|end\s+of\s+(?:the\s+)?week\s*(?<week>\d+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
