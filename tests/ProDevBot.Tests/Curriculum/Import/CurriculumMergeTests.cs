using ProDevBot.Curriculum;

namespace ProDevBot.Tests.Curriculum.Import;

public sealed class CurriculumMergeTests : IDisposable
{
    private readonly ImportWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void KeepsTheCoachsGroupsPromptsChecklistsKindsAndIdsAcrossASiteChange()
    {
        _workspace.Import("current");
        _workspace.Edit("current/module-1.yml", "  topic: Talking to strangers\n", """
              topic: Talking to strangers
              group: Mix It Up
              group_topic: First conversations
              reflection_prompt: Who did you talk to, and what surprised you?
            """.Replace("    ", string.Empty, StringComparison.Ordinal) + "\n");
        _workspace.Edit("current/module-1.yml", "- id: mentor-chat\n  title: Mentor chat\n", """
            - id: mentor-talk
              title: Mentor chat
              kind: link
              checklist:
              - id: booked
                text: A time is booked
            """.Replace("        ", string.Empty, StringComparison.Ordinal) + "\n");
        _workspace.Edit("site/module_one/index.md", "Talking to strangers", "Talking to people you do not know");
        _workspace.Edit("site/module_one/index.md", "**Due by Friday of week 4**", "**Due by Wednesday of week 5**");

        var run = _workspace.Import("next", mergeName: "current");

        Assert.Equal(0, run.Exit);
        var module = CurriculumLoader.Load(_workspace.Folder("next")).Find(1)!;
        var week = module.FindWeek(2)!;
        Assert.Equal("Talking to people you do not know", week.Topic);
        Assert.Equal(GroupKind.MixItUp, week.Group);
        Assert.Equal("First conversations", week.GroupTopic);
        Assert.Equal("Who did you talk to, and what surprised you?", week.ReflectionPrompt);
        var chat = module.Deliverables.Single(d => d.Title == "Mentor chat");
        Assert.Equal("mentor-talk", chat.Id);
        Assert.Equal(DeliverableKind.Link, chat.Kind);
        Assert.Equal(new DuePoint(5, DayOfWeek.Wednesday), chat.Due);
        Assert.Equal("booked", Assert.Single(chat.Checklist).Id);
    }

    [Fact]
    public void MatchesARenamedDeliverableByDuePointAndASharedWord()
    {
        _workspace.Import("current");
        _workspace.Edit("current/module-1.yml", "- id: mentor-chat\n", "- id: mentor-hour\n");
        _workspace.Edit("site/module_one/index.md", "**Mentor chat:**", "**Chat with a mentor:**");

        _workspace.Import("next", mergeName: "current");

        var chat = CurriculumLoader.Load(_workspace.Folder("next")).Find(1)!.Deliverables.Single(d => d.Due == new DuePoint(4, DayOfWeek.Friday));
        Assert.Equal(("mentor-hour", "Chat with a mentor"), (chat.Id, chat.Title));
    }

    [Fact]
    public void ReimportingOntoItsOwnOutputChangesNothing()
    {
        _workspace.Import("first");
        _workspace.Import("second", mergeName: "first");
        _workspace.Import("third", mergeName: "second");

        Assert.Equal(_workspace.ReadOutput("first", 1), _workspace.ReadOutput("second", 1));
        Assert.Equal(_workspace.ReadOutput("second", 1), _workspace.ReadOutput("third", 1));
    }

    [Fact]
    public void DropsAWithdrawnWeekButKeepsAWeekTheSiteDoesNotList()
    {
        _workspace.Import("current");
        _workspace.Edit("current/module-1.yml", "weeks:\n", """
            weeks:
            - number: 3
              topic: Old poster workshop
              link: /module_one/mod1_week3
            - number: 6
              topic: Wrap-up
              reflection_prompt: What will you carry into the next module?
            """.Replace("        ", string.Empty, StringComparison.Ordinal) + "\n");

        var run = _workspace.Import("next", mergeName: "current");

        var module = CurriculumLoader.Load(_workspace.Folder("next")).Find(1)!;
        Assert.Equal([1, 2, 4, 6], module.Weeks.Select(w => w.Number));
        Assert.Equal("What will you carry into the next module?", module.FindWeek(6)!.ReflectionPrompt);
        Assert.Contains("merge folder: week 3 dropped: the site withdraws it", run.Output, StringComparison.Ordinal);
        Assert.Contains("week 6 kept from the merge folder", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsACoachsWeekWithoutAPageWhenTheSiteWithdrawsThatWeeksPage()
    {
        // The site withdraws week 3's lesson, but the coach's file keeps the week (a Wednesday group still meets) without its page.
        _workspace.Import("current");
        _workspace.Edit("current/module-1.yml", "weeks:\n", """
            weeks:
            - number: 3
              topic: No lesson this week
              group: Homeroom
            """.Replace("        ", string.Empty, StringComparison.Ordinal) + "\n");

        var run = _workspace.Import("next", mergeName: "current");

        var week = CurriculumLoader.Load(_workspace.Folder("next")).Find(1)!.FindWeek(3)!;
        Assert.Equal((GroupKind.Homeroom, (string?)null), (week.Group, week.Link));
        Assert.Contains("week 3 kept from the merge folder without a page", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void GivesEachDueOfATwoDueItemTheMergeItemDueThatDay()
    {
        // The site gives "Portfolio sketch" a first due (Monday of week 3) and a final one (Monday of week 6); the coach's
        // file names the first part as the site does and the final part its own way.
        _workspace.Import("current");
        _workspace.Edit("current/module-1.yml", "- id: portfolio-sketch-submission-1-of-2\n  title: Portfolio sketch (submission 1 of 2)\n", "- id: sketch-first\n  title: Portfolio sketch\n");
        _workspace.Edit("current/module-1.yml", "- id: portfolio-sketch\n  title: Portfolio sketch\n", "- id: sketch-final\n  title: Finished portfolio sketch\n");

        var run = _workspace.Import("next", mergeName: "current");

        Assert.Equal(0, run.Exit);
        var due = CurriculumLoader.Load(_workspace.Folder("next")).Find(1)!.Deliverables
            .Where(d => d.Id.StartsWith("sketch-", StringComparison.Ordinal))
            .ToDictionary(d => d.Id, d => d.Due);
        Assert.Equal(new DuePoint(3, DayOfWeek.Monday), due["sketch-first"]);
        Assert.Equal(new DuePoint(6, DayOfWeek.Monday), due["sketch-final"]);
    }

    [Fact]
    public void RefusesAMergeFolderThatDoesNotLoadAndWritesNothing()
    {
        Directory.CreateDirectory(_workspace.Folder("broken"));
        File.WriteAllText(Path.Combine(_workspace.Folder("broken"), "module-1.yml"), "number: 1\ntitle: Broken\nweeks:\n  - number: 9\n    topic: Too late\n");

        var run = _workspace.Import("out", mergeName: "broken");

        Assert.Equal(1, run.Exit);
        Assert.Contains("module-1.yml: weeks[0].number (line 4): week number 9 is outside the module", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.Folder("out")));
    }
}
