using System.Globalization;
using System.Text.RegularExpressions;

namespace ProDevBot.Cohorts;

/// <summary>Parses the words coaches and students type about cohorts; every failure is a sentence for the user.</summary>
public static partial class CohortArguments
{
    public static bool IsValidId(string id) => CohortId().IsMatch(id);

    /// <summary>The one date form commands take: YYYY-MM-DD.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A start date: YYYY-MM-DD and a Monday, since the start date is the Monday of week 1.</summary>
    public static bool TryParseStart(string text, out DateOnly date, out string? error)
    {
        if (!TryParseDate(text, out date))
        {
            error = $"`{text}` is not a date in the form YYYY-MM-DD.";
            return false;
        }

        if (date.DayOfWeek != DayOfWeek.Monday)
        {
            var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            error = $"{date:yyyy-MM-dd} is a {date.DayOfWeek}; the start date is the Monday of week 1. Did you mean {monday:yyyy-MM-dd}?";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Reads "module N" from the words, if present, and removes them.</summary>
    public static bool TryTakeModule(List<string> words, out int? module, out string? error)
    {
        module = null;
        error = null;
        var at = words.FindIndex(w => w.Equals("module", StringComparison.OrdinalIgnoreCase));
        if (at < 0)
        {
            return true;
        }

        if (at + 1 >= words.Count || !int.TryParse(words[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            error = "After `module`, give the module number (1–4).";
            return false;
        }

        module = n;
        words.RemoveRange(at, 2);
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")]
    private static partial Regex CohortId();
}
