using ProDevBot.Curriculum;

namespace ProDevBot.Tests.Curriculum;

public class WeekAndDeliverableValidationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void RejectsWeekNumberOutsideTheModule(int number)
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("  - number: 2", $"  - number: {number}"));

        TestModuleYaml.AssertNames(error, "weeks[1].number", $"week number {number} is outside the module");
    }

    [Fact]
    public void RejectsDuplicateWeekNumber()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("  - number: 2", "  - number: 1"));

        TestModuleYaml.AssertNames(error, "weeks[1].number", "duplicate week number 1");
    }

    [Fact]
    public void RejectsUnknownGroupKind()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("group: Homeroom", "group: Homerooom"));

        TestModuleYaml.AssertNames(error, "weeks[0].group", "unknown group kind 'Homerooom'");
    }

    [Fact]
    public void RejectsDuePointPastTheModule()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("due: Friday of week 1", "due: Friday of week 7"));

        TestModuleYaml.AssertNames(error, "deliverables[0].due", "is past the module");
    }

    [Theory]
    [InlineData("Saturday of week 2", "deadlines fall Monday to Friday")]
    [InlineData("Fryday of week 2", "unknown day 'Fryday'")]
    [InlineData("next Friday", "cannot read due point")]
    [InlineData("end of the module", "cannot read due point")]
    [InlineData("end of week 7", "is past the module")]
    [InlineData("by Sunday of week 2", "deadlines fall Monday to Friday")]
    public void RejectsDuePointNotOnAWeekdayOfAWeek(string due, string reason)
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("due: Friday of week 1", $"due: {due}"));

        TestModuleYaml.AssertNames(error, "deliverables[0].due", reason);
    }

    [Theory]
    [InlineData("EOD Friday of week 5", 5, DayOfWeek.Friday)]
    [InlineData("eod wednesday OF WEEK 6", 6, DayOfWeek.Wednesday)]
    [InlineData("Monday of week 1", 1, DayOfWeek.Monday)]
    [InlineData("EOD Monday Week3", 3, DayOfWeek.Monday)]
    [InlineData("by Monday of Week 6", 6, DayOfWeek.Monday)]
    [InlineData("Due by Friday of week 4", 4, DayOfWeek.Friday)]
    [InlineData("by the EOD Friday of Week 5.", 5, DayOfWeek.Friday)]
    [InlineData("EOD Friday of **Week 2**", 2, DayOfWeek.Friday)]
    [InlineData("end of **Week 3**", 3, DayOfWeek.Friday)]
    [InlineData("by the end of week 4", 4, DayOfWeek.Friday)]
    public void ReadsDuePointsInTheSpellingsTheSiteUses(string due, int week, DayOfWeek day)
    {
        var catalog = CurriculumLoader.LoadFrom([(TestModuleYaml.FileName, TestModuleYaml.With("due: Friday of week 1", $"due: {due}"))]);

        Assert.Equal(new DuePoint(week, day), catalog.Find(9)!.Deliverables[0].Due);
    }

    [Fact]
    public void RejectsDuplicateDeliverableId()
    {
        var yaml = TestModuleYaml.Valid + "\n  - id: exit-ticket-1\n    title: Again\n    due: Friday of week 2\n";

        TestModuleYaml.AssertNames(TestModuleYaml.LoadFails(yaml), "deliverables[1].id", "duplicate deliverable id 'exit-ticket-1'");
    }

    [Fact]
    public void RejectsDuplicateChecklistItemIdWithinADeliverable()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("id: second", "id: first"));

        TestModuleYaml.AssertNames(error, "deliverables[0].checklist[1].id", "duplicate checklist item id 'first'");
    }

    [Fact]
    public void AllowsTheSameChecklistItemIdInDifferentDeliverables()
    {
        var yaml = TestModuleYaml.Valid + "\n  - id: other\n    title: Other\n    due: Friday of week 2\n    checklist:\n      - id: first\n        text: First\n";

        Assert.Equal(2, CurriculumLoader.LoadFrom([(TestModuleYaml.FileName, yaml)]).Find(9)!.Deliverables.Count);
    }

    [Fact]
    public void RejectsUnknownDeliverableKind()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("    title: Exit ticket", "    title: Exit ticket\n    kind: upload"));

        TestModuleYaml.AssertNames(error, "deliverables[0].kind", "unknown deliverable kind 'upload'");
    }

    [Fact]
    public void ReadsAGroupLinkOnAWeekWithAGroup()
    {
        var catalog = CurriculumLoader.LoadFrom([(TestModuleYaml.FileName,
            TestModuleYaml.With("    group: Mix It Up", "    group: Mix It Up\n    group_link: /mixed_groups/mixed_week2_prompts"))]);

        Assert.Equal("/mixed_groups/mixed_week2_prompts", catalog.Find(9)!.FindWeek(2)!.GroupLink);
        Assert.Null(catalog.Find(9)!.FindWeek(1)!.GroupLink);
    }

    [Theory]
    [InlineData("    topic: Two\n    group: Mix It Up", "    topic: Two\n    group_link: /mixed_groups/index")]
    [InlineData("    topic: Two\n    group: Mix It Up", "    topic: Two\n    group: None\n    group_link: /mixed_groups/index")]
    public void RejectsAGroupLinkOnAWeekWithoutAGroup(string old, string replacement)
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With(old, replacement));

        TestModuleYaml.AssertNames(error, "weeks[1].group_link", "group_link is set but the week has no group");
    }

    [Fact]
    public void RejectsAGroupLinkThatIsNotALink()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("    group: Mix It Up", "    group: Mix It Up\n    group_link: mixed_groups"));

        TestModuleYaml.AssertNames(error, "weeks[1].group_link", "must be a site-relative path");
    }
}
