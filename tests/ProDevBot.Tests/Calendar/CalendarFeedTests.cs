using System.Globalization;
using System.Net;
using Ical.Net.CalendarComponents;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Calendar;

/// <summary>The `.ics` a student's link serves, fetched over real HTTP and read back with Ical.Net.</summary>
public sealed class CalendarFeedTests : IDisposable
{
    private readonly BotFactory _bot = CalendarLinks.Bot();
    private readonly SlackClient _slack;

    public CalendarFeedTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task DenverFeedKeepsOnePmAndEndOfDayLocalAcrossTheMarchChange()
    {
        var calendar = await StudentCalendarAsync("America/Denver");

        // Week 1 is MST (UTC-7), week 2 MDT (UTC-6): 2026's change is Sunday March 8.
        var groups = Events(calendar, "group-").ToList();
        Assert.Equal(5, groups.Count);
        Assert.All(groups, g => Assert.Equal(("America/Denver", 13, 0), (g.DtStart!.TzId, g.DtStart.Hour, g.DtStart.Minute)));
        Assert.All(groups, g => Assert.Equal(14, g.DtEnd!.Hour));
        Assert.Equal(Utc("2026-03-04T20:00:00Z"), groups[0].DtStart!.AsUtc);
        Assert.Equal(Utc("2026-03-11T19:00:00Z"), groups[1].DtStart!.AsUtc);
        Assert.Equal(["Homeroom", "Mix It Up", "Homeroom", "Mix It Up", "Homeroom"], groups.Select(g => g.Summary));

        var ticket1 = Assert.Single(calendar.Events, e => e.Summary == "Due: Week 1 exit ticket");
        var ticket2 = Assert.Single(calendar.Events, e => e.Summary == "Due: Week 2 exit ticket");
        Assert.Equal((23, 59), (ticket1.DtStart!.Hour, ticket1.DtStart.Minute));
        Assert.Equal(Utc("2026-03-07T06:59:00Z"), ticket1.DtStart.AsUtc); // Friday March 6, 11:59 pm MST
        Assert.Equal(Utc("2026-03-14T05:59:00Z"), ticket2.DtStart!.AsUtc); // Friday March 13, 11:59 pm MDT

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("America/Denver", zone.TzId);
        var daylight = Assert.Single(zone.TimeZoneInfos, i => i.Name == "DAYLIGHT");
        var standard = Assert.Single(zone.TimeZoneInfos, i => i.Name == "STANDARD");
        Assert.Equal(TimeSpan.FromHours(-6), daylight.OffsetTo!.Offset);
        Assert.Equal(TimeSpan.FromHours(-7), standard.OffsetTo!.Offset);
        Assert.Equal(3, daylight.RecurrenceRule!.ByMonth.Single()); // springs forward in March
        Assert.True(daylight.Start!.Value < new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Unspecified), "the rule starts before the module");
    }

    [Fact]
    public async Task AZoneWithoutDaylightSavingSeesTheMountainTimeGroupAnHourEarlierOnceDenverChanges()
    {
        var calendar = await StudentCalendarAsync("America/Phoenix");

        // Groups meet 1 pm in Denver for every cohort: 1 pm in Phoenix while Denver is on MST, noon once it is on MDT.
        var groups = Events(calendar, "group-").ToList();
        Assert.Equal(Utc("2026-03-04T20:00:00Z"), groups[0].DtStart!.AsUtc);
        Assert.Equal(Utc("2026-03-11T19:00:00Z"), groups[1].DtStart!.AsUtc);
        Assert.Equal(("America/Phoenix", 13), (groups[0].DtStart!.TzId, groups[0].DtStart!.Hour));
        Assert.Equal(("America/Phoenix", 12), (groups[1].DtStart!.TzId, groups[1].DtStart!.Hour));
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("America/Phoenix", zone.TzId);
        Assert.DoesNotContain(zone.TimeZoneInfos, i => i.Name == "DAYLIGHT");
        Assert.All(zone.TimeZoneInfos, i => Assert.Equal(TimeSpan.FromHours(-7), i.OffsetTo!.Offset));
    }

    [Fact]
    public async Task WeeksAreAllDayEventsFromMondayToTheNextMonday()
    {
        var calendar = await StudentCalendarAsync("America/Denver");

        var weeks = Events(calendar, "week").ToList();
        Assert.Equal(6, weeks.Count);
        Assert.All(weeks, w => Assert.True(w.IsAllDay));
        Assert.Equal(new DateOnly(2026, 3, 2), weeks[0].DtStart!.Date);
        Assert.Equal(new DateOnly(2026, 3, 9), weeks[0].DtEnd!.Date);
        Assert.Equal(new DateOnly(2026, 4, 6), weeks[5].DtStart!.Date);
        Assert.StartsWith("ProDev week 2: Introduction to networking", weeks[1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchingAgainGivesTheSameUniqueUidsSoAppsUpdateRatherThanDuplicate()
    {
        var path = await LinkForStudentAsync("America/Denver");
        var first = (await CalendarLinks.FetchAsync(_slack.Http, path)).Calendar!;
        _bot.Clock.Advance(TimeSpan.FromDays(3));
        var second = (await CalendarLinks.FetchAsync(_slack.Http, path)).Calendar!;

        var uids = first.Events.Select(e => e.Uid).ToList();
        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.Equal(uids.Order(), second.Events.Select(e => e.Uid).Order());
        Assert.Equal(6 + 5 + 8, uids.Count); // weeks, groups, module 1's deliverables
    }

    [Fact]
    public async Task TheFeedIsServedAsUtf8TextCalendarThatNoCacheKeeps()
    {
        var path = await LinkForStudentAsync("America/Denver");

        using var response = await _slack.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=America/Denver:20260304T130000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceACoachFormsHomeroomGroupsEachStudentsCalendarNamesTheirGroupAndRoom()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02 tz America/Denver", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603");
        foreach (var student in Enumerable.Range(1, 5).Select(i => $"UCLASS{i:D4}"))
        {
            await _slack.CommandAsync("join 2603", student);
        }

        await _slack.CommandAsync("groups homeroom 2603 size 3", BotFactory.CoachId);
        await _slack.CommandAsync("groups room 2603 group 1 https://meet.example.org/one", BotFactory.CoachId);
        await _slack.CommandAsync("groups room 2603 group 2 https://meet.example.org/two", BotFactory.CoachId);
        var (_, _, calendar) = await CalendarLinks.FetchAsync(_slack.Http, CalendarLinks.PathIn(await _slack.CommandAsync("calendar"))!);

        var groups = Events(calendar!, "group-").ToList();
        var homeroom = groups[0].Summary!;
        Assert.Matches("^Homeroom: Homeroom group [12]$", homeroom);
        var room = homeroom.EndsWith('1') ? "https://meet.example.org/one" : "https://meet.example.org/two";
        Assert.All(groups.Where(g => g.Summary!.StartsWith("Homeroom", StringComparison.Ordinal)), g =>
        {
            Assert.Equal(homeroom, g.Summary);
            Assert.Equal(room, g.Location);
        });
        Assert.Equal("Mix It Up", groups[1].Summary); // no Mix It Up groups formed for week 2
    }

    private async Task<Ical.Net.Calendar> StudentCalendarAsync(string zone)
    {
        var (status, contentType, calendar) = await CalendarLinks.FetchAsync(_slack.Http, await LinkForStudentAsync(zone));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/calendar; charset=utf-8", contentType);
        return calendar!;
    }

    private async Task<string> LinkForStudentAsync(string zone)
    {
        await _slack.CommandAsync($"cohort add 2603 module 1 starts 2026-03-02 tz {zone}", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603");
        var reply = await _slack.CommandAsync("calendar");
        return CalendarLinks.PathIn(reply) ?? throw new InvalidOperationException("No link in: " + reply.AllText);
    }

    private static IEnumerable<CalendarEvent> Events(Ical.Net.Calendar calendar, string uidPrefix) =>
        calendar.Events.Where(e => e.Uid!.StartsWith(uidPrefix, StringComparison.Ordinal)).OrderBy(e => e.DtStart!.AsUtc);

    private static DateTime Utc(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
}
