using System.Globalization;

namespace ProDevBot.Reports;

/// <summary>Reads "[cohort] [week N] [page N] [chart]" after `/prodev report`.</summary>
internal static class ReportArguments
{
    public static bool TryParse(IReadOnlyList<string> args, out string? cohortId, out int? week, out int page, out bool chart, out string? error)
    {
        cohortId = null;
        week = null;
        page = 1;
        chart = false;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i].ToLowerInvariant();
            if (word is "week" or "page")
            {
                if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                {
                    error = $"After `{word}`, give a number.";
                    return false;
                }

                if (word == "week")
                {
                    week = n;
                }
                else
                {
                    page = n;
                }

                i++;
            }
            else if (word == "chart")
            {
                chart = true;
            }
            else if (cohortId is null)
            {
                cohortId = args[i];
            }
            else
            {
                error = $"I don't understand `{args[i]}`.";
                return false;
            }
        }

        return true;
    }
}
