using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;

namespace ProDevBot.Calendar;

/// <summary>
/// A cohort's current module as iCalendar: each week as an all-day event, each Wednesday group, each deliverable's
/// due point. Times are written as local wall-clock times with the cohort's TZID and a VTIMEZONE carrying its rules,
/// so every client puts 1 pm at 1 pm on both sides of a daylight-saving change.
/// </summary>
public sealed class CalendarFeedWriter(CurriculumCatalog curriculum, CurriculumLinks links, ICalendarGroups groups, TimeProvider clock)
{
    /// <param name="cohort">Null for a student in no cohort: a valid, empty calendar, so a subscribed app clears its events.</param>
    /// <param name="studentId">Whose groups to name; null for a coach's cohort-wide feed.</param>
    /// <param name="cancellationToken">Stops the group lookups when the client goes away.</param>
    public async Task<string> WriteAsync(Cohort? cohort, string? studentId, CancellationToken cancellationToken)
    {
        var ics = new Ical.Net.Calendar { ProductId = "-//ProDevBot//Calendar feed//EN", Method = "PUBLISH" };
        ics.AddProperty("X-WR-CALNAME", cohort is null ? "ProDev" : $"ProDev {cohort.Id}");

        // Subscribed apps refresh on their own schedule; these ask for about twice a day.
        ics.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT12H");
        ics.AddProperty("X-PUBLISHED-TTL", "PT12H");
        if (cohort is not null && curriculum.Find(cohort.Module) is { } module)
        {
            await AddModuleAsync(ics, cohort, module, studentId, cancellationToken);
        }

        return new CalendarSerializer().SerializeToString(ics) ?? "";
    }

    private async Task AddModuleAsync(Ical.Net.Calendar ics, Cohort cohort, Module module, string? studentId, CancellationToken cancellationToken)
    {
        var calendar = CohortCalendar.For(cohort);
        var zoneId = calendar.Zone.Id;
        ics.AddProperty("X-WR-TIMEZONE", zoneId);
        ics.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId, calendar.StartsOn.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, CalDateTime.UtcTzId);
        var ids = new CalendarEventIds(cohort, studentId is null);

        foreach (var week in module.Weeks)
        {
            ics.Events.Add(new CalendarEvent
            {
                Uid = ids.Week(week.Number),
                DtStamp = stamp,
                Summary = $"ProDev week {week.Number}: {week.Topic}",
                Description = Describe(week.Summary, links.Resolve(week.Link)),
                DtStart = new CalDateTime(calendar.DateOf(week.Number, DayOfWeek.Monday)),
                DtEnd = new CalDateTime(calendar.DateOf(week.Number, DayOfWeek.Monday).AddDays(7)),
                Transparency = "TRANSPARENT", // a marker for the week, not time that is busy
            });

            if (week.Group != GroupKind.None)
            {
                var formed = await groups.FindAsync(cohort, week.Number, studentId, cancellationToken);
                ics.Events.Add(GroupEvent(week, formed, studentId is null, calendar, ids, stamp));
            }
        }

        foreach (var deliverable in module.Deliverables)
        {
            // DueAt is the one "end of day" the reminders use; with no DTEND the event is that moment.
            ics.Events.Add(new CalendarEvent
            {
                Uid = ids.Due(deliverable.Id),
                DtStamp = stamp,
                Summary = $"Due: {deliverable.Title}",
                Description = Describe(deliverable.Description, links.Resolve(deliverable.Link)),
                DtStart = Local(calendar.DueAt(deliverable.Due.Week, deliverable.Due.Day), calendar.Zone),
                Transparency = "TRANSPARENT",
            });
        }
    }

    private CalendarEvent GroupEvent(
        Curriculum.Week week, IReadOnlyList<CalendarGroup> formed, bool cohortWide, CohortCalendar calendar, CalendarEventIds ids, CalDateTime stamp)
    {
        var kind = CurriculumText.Name(week.Group);
        var summary = formed.Count == 1 && !cohortWide ? $"{kind}: {formed[0].Name}" : kind;
        var lines = new List<string>();
        if (week.GroupTopic is not null)
        {
            lines.Add(week.GroupTopic);
        }

        if (cohortWide)
        {
            lines.AddRange(formed.Select(g => g.Room is null ? g.Name : $"{g.Name}: {g.Room}"));
        }

        var room = !cohortWide && formed.Count == 1 ? formed[0].Room : null;
        return new CalendarEvent
        {
            Uid = ids.Group(week.Number),
            DtStamp = stamp,
            Summary = summary,
            Description = Describe(lines.Count == 0 ? null : string.Join('\n', lines), links.Resolve(week.GroupLink)),
            Location = room,
            Url = Uri.TryCreate(room, UriKind.Absolute, out var url) ? url : null,
            DtStart = Local(calendar.GroupStartsAt(week.Number), calendar.Zone),
            DtEnd = Local(calendar.GroupEndsAt(week.Number), calendar.Zone),
        };
    }

    /// <summary>An instant as the wall-clock time in the cohort's zone, tagged with the zone's TZID.</summary>
    private static CalDateTime Local(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return new CalDateTime(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone.Id);
    }

    private static string? Describe(string? text, string? link) =>
        (text, link) switch
        {
            (null, null) => null,
            (_, null) => text,
            (null, _) => link,
            _ => $"{text}\n{link}",
        };
}
