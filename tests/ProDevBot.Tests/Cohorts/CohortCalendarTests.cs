using ProDevBot.Cohorts;

namespace ProDevBot.Tests.Cohorts;

public class CohortCalendarTests
{
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");

    // 2026: daylight saving starts Sunday March 8 and ends Sunday November 1 in America/Denver.
    private static readonly CohortCalendar SpringCohort = new(new DateOnly(2026, 3, 2), Denver);
    private static readonly CohortCalendar FallCohort = new(new DateOnly(2026, 10, 26), Denver);

    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void WednesdayGroupStaysAtOnePmLocalAcrossTheMarchChange()
    {
        Assert.Equal(Utc("2026-03-04T20:00:00Z"), SpringCohort.GroupStartsAt(1)); // MST, UTC-7
        Assert.Equal(Utc("2026-03-11T19:00:00Z"), SpringCohort.GroupStartsAt(2)); // MDT, UTC-6
        Assert.Equal(Utc("2026-03-11T20:00:00Z"), SpringCohort.GroupEndsAt(2));
    }

    [Fact]
    public void WednesdayGroupStaysAtOnePmLocalAcrossTheNovemberChange()
    {
        Assert.Equal(Utc("2026-10-28T19:00:00Z"), FallCohort.GroupStartsAt(1)); // MDT
        Assert.Equal(Utc("2026-11-04T20:00:00Z"), FallCohort.GroupStartsAt(2)); // MST
    }

    [Theory]
    [InlineData("2026-03-09T05:59:00Z", 1)] // Sunday March 8, 23:59 MDT: still week 1
    [InlineData("2026-03-09T06:00:00Z", 2)] // Monday March 9, 00:00 MDT: week 2
    [InlineData("2026-03-02T06:59:00Z", 0)] // Sunday March 1, 23:59 MST: not started
    [InlineData("2026-03-02T07:00:00Z", 1)] // Monday March 2, 00:00 MST: week 1
    public void WeekChangesAtLocalMidnightAroundTheMarchChange(string utc, int expectedWeek)
    {
        var week = SpringCohort.WeekAt(Utc(utc));

        Assert.Equal(expectedWeek, week.Week);
    }

    [Theory]
    [InlineData("2026-11-02T06:59:00Z", 1)] // Sunday November 1, 23:59 MST: still week 1
    [InlineData("2026-11-02T07:00:00Z", 2)] // Monday November 2, 00:00 MST: week 2
    [InlineData("2026-11-01T07:30:00Z", 1)] // 01:30 MDT, the first of the two 1:30s
    [InlineData("2026-11-01T08:30:00Z", 1)] // 01:30 MST, the second
    public void WeekChangesAtLocalMidnightAroundTheNovemberChange(string utc, int expectedWeek)
    {
        var week = FallCohort.WeekAt(Utc(utc));

        Assert.Equal(ModuleWeekStatus.InProgress, week.Status);
        Assert.Equal(expectedWeek, week.Week);
    }

    [Fact]
    public void ReportsNotStartedBeforeWeekOneAndOverAfterWeekSix()
    {
        Assert.Equal(ModuleWeekStatus.NotStarted, SpringCohort.WeekAt(Utc("2026-02-28T12:00:00Z")).Status);
        Assert.Equal(ModuleWeekStatus.InProgress, SpringCohort.WeekAt(Utc("2026-04-12T12:00:00Z")).Status); // Sunday of week 6
        Assert.Equal(6, SpringCohort.WeekAt(Utc("2026-04-12T12:00:00Z")).Week);
        Assert.Equal(ModuleWeekStatus.Over, SpringCohort.WeekAt(Utc("2026-04-13T12:00:00Z")).Status);
        Assert.Equal(new DateOnly(2026, 4, 12), SpringCohort.EndsOn);
    }

    [Fact]
    public void DueDatesFallOnTheNamedWeekdayOfTheWeek()
    {
        Assert.Equal(new DateOnly(2026, 4, 3), SpringCohort.DateOf(5, DayOfWeek.Friday));
        Assert.Equal(new DateOnly(2026, 4, 8), SpringCohort.DateOf(6, DayOfWeek.Wednesday));
        Assert.Equal(new DateOnly(2026, 3, 2), SpringCohort.DateOf(1, DayOfWeek.Monday));
    }

    [Fact]
    public void EndOfDayIsTheLastMinuteOfTheLocalDate()
    {
        // Friday March 6 (MST) and Friday March 13 (MDT).
        Assert.Equal(Utc("2026-03-07T06:59:00Z"), SpringCohort.DueAt(1, DayOfWeek.Friday));
        Assert.Equal(Utc("2026-03-14T05:59:00Z"), SpringCohort.DueAt(2, DayOfWeek.Friday));
    }

    [Fact]
    public void SkippedLocalTimeMovesForwardAndRepeatedTimeTakesTheFirst()
    {
        Assert.Equal(Utc("2026-03-08T09:30:00Z"), SpringCohort.ToInstant(new DateOnly(2026, 3, 8), new TimeOnly(2, 30)));
        Assert.Equal(Utc("2026-11-01T07:30:00Z"), FallCohort.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(1, 30)));
    }

    [Fact]
    public void ACohortInAnotherZoneMeetsAtOnePmMountainTimeWithEveryoneElse()
    {
        // Europe/London changes on March 29, 2026, three weeks after Denver: 1 pm MDT is 7 pm GMT, then 8 pm BST.
        var london = new CohortCalendar(new DateOnly(2026, 3, 23), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

        Assert.Equal(Utc("2026-03-25T19:00:00Z"), london.GroupStartsAt(1));
        Assert.Equal(Utc("2026-04-01T19:00:00Z"), london.GroupStartsAt(2));
        Assert.Equal(new DateOnly(2026, 3, 25), london.GroupDate(1));
    }

    [Fact]
    public void AGroupFarEastOfDenverFallsOnTheCohortsThursday()
    {
        var tokyo = new CohortCalendar(new DateOnly(2026, 3, 23), TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));

        Assert.Equal(Utc("2026-03-25T19:00:00Z"), tokyo.GroupStartsAt(1)); // Thursday 04:00 in Tokyo
        Assert.Equal(new DateOnly(2026, 3, 26), tokyo.GroupDate(1));
    }
}
