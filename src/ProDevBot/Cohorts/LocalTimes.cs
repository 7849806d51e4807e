using System.Globalization;

namespace ProDevBot.Cohorts;

/// <summary>How dates and times read in replies: "Wed, Mar 11" and "1:00 pm", always in the cohort's zone.</summary>
public static class LocalTimes
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Day(DateOnly date) => date.ToString("ddd, MMM d", English);

    public static string Time(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString("h:mm tt", English).ToLowerInvariant();
    }
}
