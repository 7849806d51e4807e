using ProDevBot.Curriculum;

namespace ProDevBot.Tests.Curriculum;

public class BundledCurriculumTests
{
    private static readonly CurriculumCatalog Catalog = CurriculumLoader.Load(BundledCurriculum.SourceDirectory);

    [Fact]
    public void LoadsFourModulesInOrder() =>
        Assert.Equal([1, 2, 3, 4], Catalog.Modules.Select(m => m.Number));

    [Fact]
    public void BuildCopiesTheFilesBesideTheBinaryUnderCurriculum()
    {
        var copied = CurriculumLoader.Load(CurriculumLoader.DefaultDirectory);

        Assert.True(File.Exists(Path.Combine(CurriculumLoader.DefaultDirectory, "module-1.yml")));
        Assert.Equal(4, copied.Modules.Count);
    }

    [Fact]
    public void ModuleOneMeetsInHomeroomOnOddWeeksAndMixItUpOnEvenWeeksWithNoGroupInWeekSix()
    {
        var module = Catalog.Find(1)!;

        Assert.Equal([1, 2, 3, 4, 5, 6], module.Weeks.Select(w => w.Number));
        Assert.Equal([1, 3, 5], module.Weeks.Where(w => w.Group == GroupKind.Homeroom).Select(w => w.Number));
        Assert.Equal([2, 4], module.Weeks.Where(w => w.Group == GroupKind.MixItUp).Select(w => w.Number));
        Assert.Equal(GroupKind.None, module.FindWeek(6)!.Group);
        Assert.Equal("Networking", module.FindWeek(2)!.GroupTopic);
        Assert.Equal("Interview prep", module.FindWeek(4)!.GroupTopic);
    }

    [Fact]
    public void ModuleOneLinkedInDraftHasTheFourChecklistItemsAndAUrlDueInWeekFour()
    {
        var module = Catalog.Find(1)!;
        var draft = module.Deliverables.Single(d => d.Id == "linkedin-rough-draft");
        var url = module.Deliverables.Single(d => d.Id == "linkedin-url");

        Assert.Equal(["headshot", "headline", "summary", "turing"], draft.Checklist.Select(c => c.Id));
        Assert.Equal(new DuePoint(5, DayOfWeek.Friday), draft.Due);
        Assert.Equal(DeliverableKind.Link, url.Kind);
        Assert.Equal(new DuePoint(4, DayOfWeek.Friday), url.Due);
    }

    [Fact]
    public void ModuleOneExitTicketsAreDueFridayOfTheirWeek()
    {
        var tickets = Catalog.Find(1)!.Deliverables.Where(d => d.Id.StartsWith("exit-ticket-", StringComparison.Ordinal));

        Assert.Equal([1, 2, 3, 4], tickets.Select(t => t.Due.Week));
        Assert.All(tickets, t => Assert.Equal(DayOfWeek.Friday, t.Due.Day));
    }

    [Fact]
    public void ModuleOneSupplementalActivitiesMayHaveNoLink() =>
        Assert.Contains(Catalog.Find(1)!.Supplemental, s => s.Link is null);

    [Fact]
    public void ModuleTwoTargetsLevelTwoInThreeCompetenciesAndOneToTwoInTheOthers()
    {
        var targets = Catalog.Find(2)!.Targets.ToDictionary(t => t.Competency, t => (t.From, t.To));

        Assert.Equal((Level.II, Level.II), targets[Competency.Networking]);
        Assert.Equal((Level.II, Level.II), targets[Competency.Interviewing]);
        Assert.Equal((Level.II, Level.II), targets[Competency.Materials]);
        Assert.Equal((Level.I, Level.II), targets[Competency.JobSearchStrategies]);
        Assert.Equal((Level.I, Level.II), targets[Competency.Negotiations]);
    }

    [Fact]
    public void ModuleTwoHasTheSevenNetworkingLevelTwoOutcomes()
    {
        var networking = Catalog.Find(2)!.Outcomes.Single(o => o.Competency == Competency.Networking && o.Level == Level.II);

        Assert.Equal(7, networking.Statements.Count);
    }

    [Fact]
    public void ModuleTwoFinalsAreDueWednesdayOfWeekSixAndWeekFourHasTheThursdayPanel()
    {
        var module = Catalog.Find(2)!;

        Assert.Equal(new DuePoint(6, DayOfWeek.Wednesday), module.Deliverables.Single(d => d.Id == "resume-final").Due);
        Assert.Contains(module.FindWeek(4)!.Activities, a => a.Detail!.Contains("Thursday afternoon", StringComparison.Ordinal));
    }

    [Fact]
    public void ModulesThreeAndFourCarryTargetsWithoutWeeks()
    {
        Assert.All(Catalog.Modules.Where(m => m.Number >= 3), m => Assert.Empty(m.Weeks));
        Assert.Equal((Level.II, Level.II), Catalog.Find(3)!.Targets.Where(t => t.Competency == Competency.Negotiations).Select(t => (t.From, t.To)).Single());
        Assert.All(Catalog.Find(4)!.Targets, t => Assert.Equal(Level.III, t.From));
        Assert.Equal(5, Catalog.Find(4)!.Targets.Count);
    }

    [Fact]
    public void NoBundledFileContainsMojibake()
    {
        foreach (var file in Directory.GetFiles(BundledCurriculum.SourceDirectory, "*.yml"))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("â€", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Ã", text, StringComparison.Ordinal);
        }
    }
}
