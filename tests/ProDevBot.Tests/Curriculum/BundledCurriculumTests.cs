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
        Assert.Null(module.FindWeek(6)!.Link); // the seed links a week 6 page the site does not have
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
    public void ModuleTwoDeliverablesAreTheSitesWithTheirDuePoints()
    {
        var due = Catalog.Find(2)!.Deliverables.ToDictionary(d => d.Id, d => d.Due);

        // module_two/index.md, Deliverables: exit tickets for weeks 1 and 3 only, the resume draft first due Friday of
        // week 2, two networking activities and the self-evaluation Friday of week 5, the final resume and the mentor
        // coffee chat Wednesday of week 6.
        Assert.Equal(new Dictionary<string, DuePoint>
        {
            ["exit-ticket-1"] = new(1, DayOfWeek.Friday),
            ["exit-ticket-3"] = new(3, DayOfWeek.Friday),
            ["resume-rough-draft"] = new(2, DayOfWeek.Friday),
            ["networking-activities"] = new(5, DayOfWeek.Friday),
            ["self-evaluation"] = new(5, DayOfWeek.Friday),
            ["resume-final"] = new(6, DayOfWeek.Wednesday),
            ["coffee-chat"] = new(6, DayOfWeek.Wednesday),
        }, due);
    }

    [Fact]
    public void ModuleTwoWeekFourIsWithdrawnSoItHasNoLessonNoLinkAndOnlyItsMixItUpGroupAndTheCoffeeChatStep()
    {
        var week = Catalog.Find(2)!.FindWeek(4)!;

        Assert.Null(week.Link);
        Assert.Equal("Coffee chat, step 2", Assert.Single(week.Activities).Title);
        Assert.Equal(GroupKind.MixItUp, week.Group);
    }

    [Fact]
    public void ModuleTwoCoffeeChatStepsShowInWeeksThreeFourAndSix()
    {
        // The week 2 page sets three steps: Monday of week 3, Monday of week 4, Tuesday of week 6.
        var module = Catalog.Find(2)!;

        Assert.Equal([3, 4, 6], module.Weeks.Where(w => w.Activities.Any(a => a.Title.StartsWith("Coffee chat, step", StringComparison.Ordinal))).Select(w => w.Number));
        Assert.Contains("Monday", module.FindWeek(3)!.Activities.Single(a => a.Title == "Coffee chat, step 1").Detail, StringComparison.Ordinal);
        Assert.Contains("Tuesday", module.FindWeek(6)!.Activities.Single(a => a.Title == "Coffee chat, step 3").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ModuleOneHasTheSitesTenLevelOneStatements()
    {
        var outcomes = Catalog.Find(1)!.Outcomes.ToDictionary(o => o.Competency, o => (o.Level, o.Statements.Count));

        Assert.Equal((Level.I, 4), outcomes[Competency.Networking]);
        Assert.Equal((Level.I, 4), outcomes[Competency.Interviewing]);
        Assert.Equal((Level.I, 2), outcomes[Competency.Materials]);
        Assert.Equal(3, outcomes.Count);
    }

    [Fact]
    public void ModuleThreeFinalsAreDueMondayOfWeekSixAndEndOfWeekDuePointsReadAsFriday()
    {
        var due = Catalog.Find(3)!.Deliverables.ToDictionary(d => d.Id, d => d.Due);

        Assert.Equal(new DuePoint(6, DayOfWeek.Monday), due["self-evaluation"]);
        Assert.Equal(new DuePoint(6, DayOfWeek.Monday), due["cover-letter-draft"]);
        Assert.Equal(new DuePoint(3, DayOfWeek.Friday), due["portfolio-bio"]); // "end of Week 3"
        Assert.Equal([1, 2, 3, 4, 5, 6], Catalog.Find(3)!.Weeks.Select(w => w.Number));
    }

    [Fact]
    public void ModuleFourHasWeeksWithoutLinksAndItsThreeDeliverables()
    {
        var module = Catalog.Find(4)!;

        Assert.Equal([1, 2, 3, 4, 5], module.Weeks.Select(w => w.Number));
        Assert.All(module.Weeks, w => Assert.Null(w.Link));
        Assert.Equal(
            [("negotiation-exit-ticket", new DuePoint(4, DayOfWeek.Friday)), ("portfolio-review", new DuePoint(4, DayOfWeek.Friday)), ("self-evaluation", new DuePoint(5, DayOfWeek.Friday))],
            module.Deliverables.Select(d => (d.Id, d.Due)));
        Assert.All(module.Targets, t => Assert.Equal((Level.III, Level.III), (t.From, t.To)));
        Assert.Equal(5, module.Targets.Count);
    }

    [Fact]
    public void EveryWeekThatStillExistsKeepsAReflectionPrompt() =>
        Assert.All(Catalog.Modules.SelectMany(m => m.Weeks), w => Assert.False(string.IsNullOrWhiteSpace(w.ReflectionPrompt)));

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
