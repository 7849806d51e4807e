namespace ProDevBot.Cohorts;

/// <summary>
/// A cohort's module calendar in its own time zone. Every date is a local date first and becomes an
/// instant only at the end, so daylight-saving changes move the UTC time, never the local one.
/// </summary>
public sealed class CohortCalendar
{
    public const int WeeksPerModule = 6;

    /// <summary>
    /// Wednesday groups meet 1:00–2:00 pm Mountain Time for everyone: Mix It Up mixes cohorts, so a cohort in
    /// another zone meets at the same instant, which reads as its own local time (and may differ by an hour in
    /// the weeks when only one of the two zones is on daylight time).
    /// </summary>
    public const string GroupZoneId = "America/Denver";
    private static readonly TimeOnly GroupStarts = new(13, 0);
    private static readonly TimeOnly GroupEnds = new(14, 0);
    private static readonly TimeZoneInfo GroupZone = TimeZones.Find(GroupZoneId)!;

    public CohortCalendar(DateOnly startsOn, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        StartsOn = startsOn;
        Zone = zone;
    }

    /// <summary>The Monday of week 1.</summary>
    public DateOnly StartsOn { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The last day of week 6 (its Sunday).</summary>
    public DateOnly EndsOn => StartsOn.AddDays((7 * WeeksPerModule) - 1);

    public static CohortCalendar For(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return new(cohort.StartsOn, TimeZones.Find(cohort.TimeZone) ?? throw new InvalidOperationException(
            $"Cohort {cohort.Id} has an unknown time zone '{cohort.TimeZone}'."));
    }

    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public ModuleWeek WeekAt(DateTimeOffset instant)
    {
        var days = LocalDate(instant).DayNumber - StartsOn.DayNumber;
        if (days < 0)
        {
            return ModuleWeek.NotStarted;
        }

        var week = (days / 7) + 1;
        return week > WeeksPerModule ? ModuleWeek.Over : ModuleWeek.In(week);
    }

    /// <summary>The local date of a weekday in a module week (week 1 Monday is <see cref="StartsOn"/>).</summary>
    public DateOnly DateOf(int week, DayOfWeek day)
    {
        var offset = ((int)day + 6) % 7; // Monday = 0 … Sunday = 6
        return StartsOn.AddDays(((week - 1) * 7) + offset);
    }

    public DateTimeOffset GroupStartsAt(int week) => ToInstant(GroupZone, DateOf(week, DayOfWeek.Wednesday), GroupStarts);

    public DateTimeOffset GroupEndsAt(int week) => ToInstant(GroupZone, DateOf(week, DayOfWeek.Wednesday), GroupEnds);

    /// <summary>The cohort's local date of the week's group (Wednesday in the Americas, Thursday east of about UTC+11).</summary>
    public DateOnly GroupDate(int week) => LocalDate(GroupStartsAt(week));

    /// <summary>"End of day": the last minute of the due date, local time.</summary>
    public DateTimeOffset DueAt(int week, DayOfWeek day) => ToInstant(DateOf(week, day), new TimeOnly(23, 59));

    /// <summary>
    /// Local wall-clock time to an instant. A time that does not exist (skipped by a spring-forward) moves
    /// forward by the gap; an ambiguous one (fall-back) takes the first, daylight, occurrence.
    /// </summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time) => ToInstant(Zone, date, time);

    private static DateTimeOffset ToInstant(TimeZoneInfo zone, DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
