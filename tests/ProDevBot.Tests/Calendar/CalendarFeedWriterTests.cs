using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ProDevBot.Calendar;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Tests.Curriculum;

namespace ProDevBot.Tests.Calendar;

/// <summary>How the feed names Wednesday groups once the groups feature answers <see cref="ICalendarGroups"/>.</summary>
public class CalendarFeedWriterTests
{
    private static readonly CurriculumCatalog Catalog = CurriculumLoader.Load(BundledCurriculum.SourceDirectory);
    private static readonly Cohort Cohort = new()
    {
        Id = "2603", Module = 1, StartsOn = new DateOnly(2026, 3, 2), TimeZone = "America/Denver", CreatedBy = "UCOACH0001",
    };

    [Fact]
    public async Task AStudentsGroupEventNamesTheirGroupAndItsRoom()
    {
        var groups = new Mock<ICalendarGroups>();
        groups.Setup(g => g.FindAsync(Cohort, 1, "USTUDENT01", It.IsAny<CancellationToken>()))
            .ReturnsAsync([new CalendarGroup("Homeroom 2", "https://meet.example.org/hr-2")]);
        groups.Setup(g => g.FindAsync(Cohort, It.Is<int>(w => w != 1), It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var calendar = await WriteAsync(groups.Object, "USTUDENT01");

        var week1 = Assert.Single(calendar.Events, e => e.Uid == "group-week1-2603-m1@prodevbot");
        Assert.Equal("Homeroom: Homeroom 2", week1.Summary);
        Assert.Equal("https://meet.example.org/hr-2", week1.Location);
        Assert.Equal(new Uri("https://meet.example.org/hr-2"), week1.Url);
        var week2 = Assert.Single(calendar.Events, e => e.Uid == "group-week2-2603-m1@prodevbot");
        Assert.Equal("Mix It Up", week2.Summary);
        Assert.Null(week2.Location);
    }

    [Fact]
    public async Task ACoachFeedListsEveryGroupWithItsRoom()
    {
        var groups = new Mock<ICalendarGroups>();
        groups.Setup(g => g.FindAsync(Cohort, It.IsAny<int>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new CalendarGroup("Group 1", "https://meet.example.org/g1"), new CalendarGroup("Group 2", null)]);

        var calendar = await WriteAsync(groups.Object, studentId: null);

        var week1 = Assert.Single(calendar.Events, e => e.Uid == "group-week1-2603-m1-coach@prodevbot");
        Assert.Equal("Homeroom", week1.Summary);
        Assert.Contains("Group 1: https://meet.example.org/g1", week1.Description, StringComparison.Ordinal);
        Assert.Contains("Group 2", week1.Description, StringComparison.Ordinal);
        Assert.Null(week1.Location);
    }

    private static async Task<Ical.Net.Calendar> WriteAsync(ICalendarGroups groups, string? studentId)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T12:00:00Z", CultureInfo.InvariantCulture));
        var writer = new CalendarFeedWriter(Catalog, new CurriculumLinks("https://careerdev.turing.edu"), groups, clock);
        return Ical.Net.Calendar.Load(await writer.WriteAsync(Cohort, studentId, CancellationToken.None))!;
    }
}
