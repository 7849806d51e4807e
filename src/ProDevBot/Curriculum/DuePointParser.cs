using System.Globalization;
using System.Text.RegularExpressions;

namespace ProDevBot.Curriculum;

/// <summary>
/// Reads due points in the spellings the curriculum site uses: "Friday of week 5", "EOD Friday of Week 5",
/// "EOD Monday Week3", "by Monday of Week 6", "Due by Friday of week 4", "by the EOD Friday of Week 5", and
/// "end of Week 3". Markdown bold (<c>**</c>) around any part is ignored. "End of week N" is read as Friday of
/// week N: a module week's school days run Monday to Friday, and the bot's deadlines fall on weekdays.
/// </summary>
internal static partial class DuePointParser
{
    public const int WeeksPerModule = 6;

    /// <summary>Returns the due point, or null with the reason it is not one.</summary>
    public static DuePoint? TryParse(string text, out string? reason)
    {
        reason = null;
        var plain = text.Replace("*", "", StringComparison.Ordinal);
        if (EndOfWeekPattern().Match(plain) is { Success: true } end)
        {
            return InModule(text, end.Groups["week"].Value, DayOfWeek.Friday, out reason);
        }

        var match = DuePattern().Match(plain);
        if (!match.Success)
        {
            reason = $"cannot read due point '{text}'; write it like 'Friday of week 5'";
            return null;
        }

        var dayText = match.Groups["day"].Value;
        var day = Enum.GetValues<DayOfWeek>()
            .Where(d => string.Equals(d.ToString(), dayText, StringComparison.OrdinalIgnoreCase))
            .Select(d => (DayOfWeek?)d)
            .FirstOrDefault();
        if (day is null)
        {
            reason = $"unknown day '{dayText}' in due point '{text}'";
            return null;
        }

        if (day is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            reason = $"due point '{text}' falls on a {day}; deadlines fall Monday to Friday";
            return null;
        }

        return InModule(text, match.Groups["week"].Value, day.Value, out reason);
    }

    private static DuePoint? InModule(string text, string weekText, DayOfWeek day, out string? reason)
    {
        reason = null;

        // Digits only (regex), so the only failure is overflow: treat it as past the module too.
        if (!int.TryParse(weekText, NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || week < 1 || week > WeeksPerModule)
        {
            reason = $"due point '{text}' is past the module; a module has weeks 1 to {WeeksPerModule}";
            return null;
        }

        return new DuePoint(week, day);
    }

    [GeneratedRegex(@"^\s*(?:due\s+)?(?:by\s+)?(?:the\s+)?(?:EOD\s+)?(?:on\s+)?(?<day>[a-z]+)\s+(?:of\s+)?week\s*(?<week>\d+)\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DuePattern();

    [GeneratedRegex(@"^\s*(?:due\s+)?(?:by\s+)?(?:the\s+)?end\s+of\s+week\s*(?<week>\d+)\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndOfWeekPattern();
}
