using ProDevBot.Curriculum;

namespace ProDevBot.Tests.Curriculum.Import;

public sealed class CurriculumImportTests : IDisposable
{
    private readonly ImportWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void WritesModuleFilesThatTheBotsLoaderAcceptsAndExitsZero()
    {
        var run = _workspace.Import("out");

        Assert.Equal(0, run.Exit);
        Assert.Contains("the files load with the bot's start-up validation", run.Output, StringComparison.Ordinal);
        var catalog = CurriculumLoader.Load(_workspace.Folder("out"));
        Assert.Equal([1, 2], catalog.Modules.Select(m => m.Number));
        Assert.Contains("Module 1: 3 weeks, 6 deliverables, 4 outcome statements, 3 target levels", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDueSpellingBecomesTheBotsDuePoint()
    {
        _workspace.Import("out");
        var module = CurriculumLoader.Load(_workspace.Folder("out")).Find(1)!;

        Assert.Equal(
            [
                ("exit-ticket-1", new DuePoint(1, DayOfWeek.Friday)),   // "EOD Friday of the respective week" + week page
                ("exit-ticket-2", new DuePoint(2, DayOfWeek.Thursday)), // the week page's "EOD Thursday of Week 2" wins
                ("portfolio-sketch-submission-1-of-2", new DuePoint(3, DayOfWeek.Monday)), // "EOD Monday Week3"
                ("portfolio-sketch", new DuePoint(6, DayOfWeek.Monday)), // "by Monday of Week 6"
                ("mentor-chat", new DuePoint(4, DayOfWeek.Friday)),      // "Due by Friday of week 4"
                ("self-evaluation", new DuePoint(5, DayOfWeek.Friday)),  // "EOD Friday of Week 5"
            ],
            module.Deliverables.Select(d => (d.Id, d.Due)));
        Assert.Equal(new DuePoint(2, DayOfWeek.Friday), CurriculumLoader.Load(_workspace.Folder("out")).Find(2)!.Deliverables[0].Due); // "by the EOD Friday of Week 2"
    }

    [Fact]
    public void ReportsADuePhraseWithoutADayAtItsFileAndLineAndImportsNothingForIt()
    {
        var run = _workspace.Import("out");

        Assert.Contains("module_one/index.md:34: due phrase not imported: 'by the end of Week 3' names no day of the week", run.Output, StringComparison.Ordinal);
        Assert.Contains("module_one/index.md:33: deliverable 'Practice pitch' has no due point", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("practice-pitch", _workspace.ReadOutput("out", 1), StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesOutTheWeekWithdrawnInAnHtmlCommentAndSaysSo()
    {
        var run = _workspace.Import("out");
        var module = CurriculumLoader.Load(_workspace.Folder("out")).Find(1)!;

        Assert.Equal([1, 2, 4], module.Weeks.Select(w => w.Number));
        Assert.Contains("module_one/index.md:42: week 3 ('The old poster workshop') is withdrawn", run.Output, StringComparison.Ordinal);
        Assert.Contains("module_one/mod1_week3.md: ignored: week 3 is withdrawn in index.md", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportsAWeekListedWithoutAPageWithoutItsLink()
    {
        var run = _workspace.Import("out");
        var module = CurriculumLoader.Load(_workspace.Folder("out")).Find(1)!;

        Assert.Equal("Writing it down", module.FindWeek(4)!.Topic);
        Assert.Null(module.FindWeek(4)!.Link);
        Assert.Equal("/module_one/mod1_week2", module.FindWeek(2)!.Link);
        Assert.Contains("module_one/index.md:43: week 4 links '/module_one/mod1_week4', which is no page in this checkout", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAWeekPageWithoutATitleAtItsTitleLine()
    {
        var run = _workspace.Import("out");

        Assert.Contains("module_one/mod1_week2.md:3: the page has no title in its front matter", run.Output, StringComparison.Ordinal);
        Assert.Equal("Talking to strangers", CurriculumLoader.Load(_workspace.Folder("out")).Find(1)!.FindWeek(2)!.Topic);
    }

    [Fact]
    public void IgnoresArchiveAndPlanningPagesAndListsThem()
    {
        var run = _workspace.Import("out");

        Assert.Contains("module_one/archive-mod1_week2.md: ignored: an archive page", run.Output, StringComparison.Ordinal);
        Assert.Contains("module_one/planning_page.md: ignored: a planning page", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret plan", _workspace.ReadOutput("out", 1), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsWeekPageDuesThatNoDeliverableExplains()
    {
        var run = _workspace.Import("out");

        Assert.Contains("module_one/mod1_week2.md:11: 'Due this Friday: a list of three people you talked to.' is due Friday of week 2, but no deliverable", run.Output, StringComparison.Ordinal);
        Assert.Contains("module_one/mod1_week2.md:12: due phrase not imported: 'by EOD Saturday of Week 2'", run.Output, StringComparison.Ordinal);
        Assert.Contains("module_one/mod1_week2.md:10: 'Week 2 Exit Ticket' is due Thursday of week 2 here", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTargetsOutcomesGoalsSupplementalAndRepeatPlan()
    {
        var run = _workspace.Import("out");
        var module = CurriculumLoader.Load(_workspace.Folder("out")).Find(1)!;

        Assert.Equal(
            [new(Competency.Networking, Level.I, Level.I), new(Competency.Interviewing, Level.I, Level.II), new CompetencyTarget(Competency.Materials, Level.I, Level.I)],
            module.Targets);
        Assert.Equal(["introduce themselves to a stranger", "name one person to learn from"], module.Outcomes[0].Statements);
        Assert.Equal("publish a portfolio page that has: a photo, a short bio", Assert.Single(module.Outcomes[1].Statements));
        Assert.Contains("module_one/mod1_learning_goals.md:21: 'Learners may skip the photo.' is not a SIAT statement", run.Output, StringComparison.Ordinal);
        Assert.Equal(["Introduce yourself in two sentences", "Find one person to learn from", "Start a portfolio page"], module.LearningGoals);
        Assert.Equal([new("Reading list", "/module_one/reading_list"), new SupplementalActivity("Podcast club", null)], module.Supplemental);
        Assert.Equal(new RepeatPlan("Learners who repeat the module set two goals of their own with a coach.", "/module_one/m1_repeat_plan"), module.Repeat);
        Assert.Contains("module_two/mod2_learning_goals.md: page not found", run.Output, StringComparison.Ordinal);
        Assert.Contains("module_three/: folder not found", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsWeekLinesWrittenWithoutALink()
    {
        _workspace.Import("out");

        Assert.Equal(["Reading job posts", "Cold messages and replies"], CurriculumLoader.Load(_workspace.Folder("out")).Find(2)!.Weeks.Select(w => w.Topic));
    }

    [Fact]
    public void LeavesOutADeliverableInsideAnHtmlCommentAndSaysSo()
    {
        var run = _workspace.Import("out");

        Assert.Equal("Three applications sent", Assert.Single(CurriculumLoader.Load(_workspace.Folder("out")).Find(2)!.Deliverables).Title);
        Assert.Contains("module_two/index.md:15: an HTML comment in the Deliverables list: withdrawn, not imported", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoImportsOfTheSameSiteWriteTheSameFiles()
    {
        _workspace.Import("first");
        _workspace.Import("second");

        Assert.Equal(_workspace.ReadOutput("first", 1), _workspace.ReadOutput("second", 1));
        Assert.Equal(_workspace.ReadOutput("first", 2), _workspace.ReadOutput("second", 2));
    }

    [Fact]
    public void DoesNotGiveAWeekAPageThatAnotherLineOfTheBreakdownLinks()
    {
        // Named after week 2, but week 1's line links it as its lesson: it is not week 2's page.
        File.WriteAllText(Path.Combine(_workspace.Site, "module_two", "mod2_week2.md"), "---\nlayout: page\ntitle: Reading posts\n---\n\nA lesson on reading job posts.\n");
        _workspace.Edit("site/module_two/index.md", "* Week 1: Reading job posts.", "* Week 1: Reading job posts with the [posting lesson](/module_two/mod2_week2).");

        var run = _workspace.Import("out");

        Assert.Equal(0, run.Exit);
        var module = CurriculumLoader.Load(_workspace.Folder("out")).Find(2)!;
        Assert.Null(module.FindWeek(2)!.Link);
        Assert.Contains("mod2_week2.md is linked from another line of the Weekly Breakdown; week 2 is imported without a link", run.Output, StringComparison.Ordinal);
    }
}
