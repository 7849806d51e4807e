namespace ProDevBot.Calendar;

/// <summary>
/// Event UIDs that stay the same from one fetch to the next, so a subscribed app updates an event rather than adding a
/// copy. They name the cohort and module (a cohort that advances gets new events) and whether the feed is a coach's,
/// so a coach subscribed to a cohort feed and their own student feed never sees one UID twice. No user id: a UID
/// travels with every copied event.
/// </summary>
internal sealed class CalendarEventIds(Cohorts.Cohort cohort, bool cohortWide)
{
    private readonly string _suffix = $"{cohort.Id}-m{cohort.Module}{(cohortWide ? "-coach" : "")}@prodevbot";

    public string Week(int week) => $"week{week}-{_suffix}";

    public string Group(int week) => $"group-week{week}-{_suffix}";

    public string Due(string deliverableId) => $"due-{deliverableId}-{_suffix}";
}
