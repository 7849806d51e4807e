namespace ProDevBot.Cohorts;

/// <summary>IANA time-zone lookup that answers null instead of throwing for a name a coach mistyped.</summary>
public static class TimeZones
{
    public const string Default = "America/Denver";

    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());

            // IANA names only, so that a cohort's zone means the same on every host.
            return zone.HasIanaId ? zone : null;
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
