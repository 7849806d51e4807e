using System.Globalization;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Nudges;
using ProDevBot.Tests.Curriculum;

namespace ProDevBot.Tests.Nudges;

public class NudgeCalendarTests
{
    private static readonly CurriculumCatalog Catalog = CurriculumLoader.Load(BundledCurriculum.SourceDirectory);

    private static Cohort Cohort(string starts, string zone = "America/Denver", int module = 1) => new()
    {
        Id = "2603",
        Module = module,
        StartsOn = DateOnly.Parse(starts, CultureInfo.InvariantCulture),
        TimeZone = zone,
        CreatedBy = "UCOACH0001",
    };

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void ModuleOneHasSixKickoffsFiveGroupsFiveDeadlineDaysOneSelfEvaluationAndSixCoachDigests()
    {
        var nudges = NudgeCalendar.For(Cohort("2026-03-02"), Catalog.Find(1)!);

        Assert.Equal(6, nudges.Count(n => n.Kind == NudgeKind.Kickoff));
        Assert.Equal([1, 2, 3, 4, 5], nudges.Where(n => n.Kind == NudgeKind.Group).Select(n => n.Week));
        Assert.Equal(
            ["2026-03-05", "2026-03-12", "2026-03-19", "2026-03-26", "2026-04-02"],
            nudges.Where(n => n.Kind == NudgeKind.Deadline).Select(n => n.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal(new DateOnly(2026, 4, 1), Assert.Single(nudges, n => n.Kind == NudgeKind.SelfEvaluation).Date);
        Assert.Equal(["2026-03-06", "2026-03-13", "2026-03-20", "2026-03-27", "2026-04-03", "2026-04-10"],
            nudges.Where(n => n.Kind == NudgeKind.CoachDigest).Select(n => n.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal(23, nudges.Count);
    }

    [Fact]
    public void KickoffStaysAtNineLocalAcrossTheMarchChange()
    {
        var kickoffs = NudgeCalendar.For(Cohort("2026-03-02"), Catalog.Find(1)!).Where(n => n.Kind == NudgeKind.Kickoff).ToList();

        Assert.Equal(Utc("2026-03-02T16:00:00Z"), kickoffs[0].At); // MST
        Assert.Equal(Utc("2026-03-09T15:00:00Z"), kickoffs[1].At); // MDT
        Assert.Equal(Utc("2026-03-11T19:00:00Z"), kickoffs[1].NotAfter); // the week's group, 1 pm MDT
    }

    [Fact]
    public void GroupReminderIsHalfAnHourBeforeTheGroupAcrossTheNovemberChange()
    {
        var groups = NudgeCalendar.For(Cohort("2026-10-19"), Catalog.Find(1)!).Where(n => n.Kind == NudgeKind.Group).ToList();

        Assert.Equal(Utc("2026-10-28T18:30:00Z"), groups[1].At); // week 2, MDT
        Assert.Equal(Utc("2026-11-04T19:30:00Z"), groups[2].At); // week 3, MST
        Assert.Equal(Utc("2026-11-04T20:00:00Z"), groups[2].NotAfter);
    }

    [Fact]
    public void DeadlineReminderIsTheDayBeforeAndCoversEveryDeliverableDueThatDay()
    {
        var week5 = NudgeCalendar.For(Cohort("2026-03-02"), Catalog.Find(1)!).Single(n => n.Kind == NudgeKind.Deadline && n.Week == 5);

        Assert.Equal(Utc("2026-04-02T15:00:00Z"), week5.At); // Thursday 9:00 MDT
        Assert.Equal(Utc("2026-04-04T05:59:00Z"), week5.NotAfter); // Friday 23:59 MDT
        Assert.Contains(week5.Deliverables, d => d.Id == "networking-activity");
        Assert.Contains(week5.Deliverables, d => d.Id == "self-evaluation");
    }

    [Fact]
    public void ACoachsTimesAreUsedInTheCohortsOwnZone()
    {
        var cohort = Cohort("2026-03-23", "Europe/London");
        cohort.KickoffAt = new TimeOnly(8, 15);

        var kickoffs = NudgeCalendar.For(cohort, Catalog.Find(1)!).Where(n => n.Kind == NudgeKind.Kickoff).ToList();

        Assert.Equal(Utc("2026-03-23T08:15:00Z"), kickoffs[0].At); // GMT
        Assert.Equal(Utc("2026-03-30T07:15:00Z"), kickoffs[1].At); // BST from March 29
    }

    [Fact]
    public void AGroupReminderThatWouldComeAfterTheMeetingGoesHalfAnHourBeforeIt()
    {
        // The group meets 1 pm Mountain Time for every cohort: 7 pm in London, 4 am Thursday in Tokyo.
        var london = NudgeCalendar.For(Cohort("2026-03-23", "Europe/London"), Catalog.Find(1)!).First(n => n.Kind == NudgeKind.Group);
        var tokyo = NudgeCalendar.For(Cohort("2026-03-23", "Asia/Tokyo"), Catalog.Find(1)!).First(n => n.Kind == NudgeKind.Group);

        Assert.Equal(Utc("2026-03-25T12:30:00Z"), london.At); // 12:30 GMT, the cohort's own choice
        Assert.Equal(Utc("2026-03-25T19:00:00Z"), london.NotAfter);
        Assert.Equal(Utc("2026-03-25T18:30:00Z"), tokyo.At);
        Assert.Equal(new DateOnly(2026, 3, 26), tokyo.Date);
    }

    [Fact]
    public void ModuleTwoFinalsAreRemindedOnTheTuesdayOfWeekSix()
    {
        var finals = NudgeCalendar.For(Cohort("2026-03-02", module: 2), Catalog.Find(2)!).Single(n => n.Kind == NudgeKind.Deadline && n.Week == 6);

        Assert.Equal(new DateOnly(2026, 4, 7), finals.Date);
        Assert.Contains(finals.Deliverables, d => d.Id == "resume-final");
    }

    private static string[] Dates(IEnumerable<NudgeOccurrence> nudges, NudgeKind kind) =>
        [.. nudges.Where(n => n.Kind == kind).Select(n => n.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];

    [Fact]
    public void ModuleTwoNudgesFollowItsSiteWeeksGroupsAndDuePoints()
    {
        var nudges = NudgeCalendar.For(Cohort("2026-03-02", module: 2), Catalog.Find(2)!);

        // module-2.yml lists weeks 1-6 (a kickoff each) and groups in weeks 1-5 (Homeroom 1, 3, 5; Mix It Up 2, 4). Its
        // due points are Friday of weeks 1, 2, 3 and 5 and Wednesday of week 6, each reminded the day before:
        // Thu Mar 5, 12, 19, Apr 2 and Tue Apr 7. The self-evaluation (Friday of week 5, Apr 3) is reminded two days
        // before, Wed Apr 1. A digest every Friday of the six weeks: 6 + 5 + 5 + 1 + 6 = 23.
        Assert.Equal(6, nudges.Count(n => n.Kind == NudgeKind.Kickoff));
        Assert.Equal([1, 2, 3, 4, 5], nudges.Where(n => n.Kind == NudgeKind.Group).Select(n => n.Week));
        Assert.Equal(["2026-03-05", "2026-03-12", "2026-03-19", "2026-04-02", "2026-04-07"], Dates(nudges, NudgeKind.Deadline));
        Assert.Equal(["2026-04-01"], Dates(nudges, NudgeKind.SelfEvaluation));
        Assert.Equal(23, nudges.Count);
    }

    [Fact]
    public void ModuleThreeRemindsOfItsMondayFinalsOverTheWeekendBefore()
    {
        var nudges = NudgeCalendar.For(Cohort("2026-03-02", module: 3), Catalog.Find(3)!);

        // Due points: end of week 3 and end of week 4 (read as Fridays Mar 20 and 27) and Monday of week 6 (Apr 6),
        // reminded the day before: Thu Mar 19, Thu Mar 26 and Sun Apr 5; the self-evaluation two days before, Sat
        // Apr 4. Six weeks of kickoffs and digests, Mix It Up in weeks 2 and 4: 6 + 2 + 3 + 1 + 6 = 18.
        Assert.Equal(["2026-03-19", "2026-03-26", "2026-04-05"], Dates(nudges, NudgeKind.Deadline));
        Assert.Equal(["2026-04-04"], Dates(nudges, NudgeKind.SelfEvaluation));
        Assert.Equal([2, 4], nudges.Where(n => n.Kind == NudgeKind.Group).Select(n => n.Week));
        Assert.Equal(18, nudges.Count);
    }

    [Fact]
    public void ModuleFourHasNoNudgesForTheWeekSixTheSiteLeavesOut()
    {
        var nudges = NudgeCalendar.For(Cohort("2026-03-02", module: 4), Catalog.Find(4)!);

        // Weeks 1-5 only: 5 kickoffs and 5 digests; Mix It Up in weeks 2 and 4; due points Friday of week 4 (two items,
        // one reminder, Thu Mar 26) and Friday of week 5 (Thu Apr 2); the self-evaluation Wed Apr 1: 5 + 5 + 2 + 2 + 1 = 15.
        Assert.DoesNotContain(nudges, n => n.Week == 6);
        Assert.Equal(["2026-03-26", "2026-04-02"], Dates(nudges, NudgeKind.Deadline));
        Assert.Equal(2, nudges.Single(n => n.Kind == NudgeKind.Deadline && n.Week == 4).Deliverables.Count);
        Assert.Equal(15, nudges.Count);
    }
}
