namespace ProDevBot.Calendar;

/// <summary>The names a <see cref="CalendarSubscription.Feed"/> takes.</summary>
public static class CalendarFeeds
{
    /// <summary>A student's own calendar: it follows their enrollment, so joining another cohort needs no new link.</summary>
    public const string Student = "student";

    private const string CohortPrefix = "cohort:";

    public static string Cohort(string cohortId) => CohortPrefix + cohortId;

    /// <summary>The cohort id of a coach's feed, or null for a student's.</summary>
    public static string? CohortOf(string feed) =>
        feed.StartsWith(CohortPrefix, StringComparison.Ordinal) ? feed[CohortPrefix.Length..] : null;
}
