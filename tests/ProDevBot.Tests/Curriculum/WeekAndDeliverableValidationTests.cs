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
    public void RejectsDuePointNotOnAWeekdayOfAWeek(string due, string reason)
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("due: Friday of week 1", $"due: {due}"));

        TestModuleYaml.AssertNames(error, "deliverables[0].due", reason);
    }

    [Theory]
    [InlineData("EOD Friday of week 5", 5, DayOfWeek.Friday)]
    [InlineData("eod wednesday OF WEEK 6", 6, DayOfWeek.Wednesday)]
    [InlineData("Monday of week 1", 1, DayOfWeek.Monday)]
    public void ReadsDuePointsCaseInsensitivelyWithOptionalEod(string due, int week, DayOfWeek day)
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
}
