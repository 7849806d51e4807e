using System.Globalization;
using System.Text.RegularExpressions;

namespace ProDevBot.Curriculum;

/// <summary>Reads due points as the curriculum writes them: "Friday of week 5", optionally "EOD Friday of week 5".</summary>
internal static partial class DuePointParser
{
    public const int WeeksPerModule = 6;

    /// <summary>Returns the due point, or null with the reason it is not one.</summary>
    public static DuePoint? TryParse(string text, out string? reason)
    {
        reason = null;
        var match = DuePattern().Match(text);
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

        // Digits only (regex), so the only failure is overflow: treat it as past the module too.
        if (!int.TryParse(match.Groups["week"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || week < 1 || week > WeeksPerModule)
        {
            reason = $"due point '{text}' is past the module; a module has weeks 1 to {WeeksPerModule}";
            return null;
        }

        return new DuePoint(week, day.Value);
    }

    [GeneratedRegex(@"^\s*(?:EOD\s+)?(?<day>[a-z]+)\s+of\s+week\s+(?<week>\d+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DuePattern();
}
