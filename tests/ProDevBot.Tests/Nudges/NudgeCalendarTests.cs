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
    public void ModuleTwoFinalsAreRemindedOnTheTuesdayOfWeekSix()
    {
        var finals = NudgeCalendar.For(Cohort("2026-03-02", module: 2), Catalog.Find(2)!).Single(n => n.Kind == NudgeKind.Deadline && n.Week == 6);

        Assert.Equal(new DateOnly(2026, 4, 7), finals.Date);
        Assert.Contains(finals.Deliverables, d => d.Id == "resume-final");
    }
}
