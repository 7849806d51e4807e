using System.Globalization;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Groups;

public sealed class HomeroomCommandTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public HomeroomCommandTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task AClassOf40FormsEightGroupsOfFiveThatStayThroughARestart()
    {
        using var first = new BotFactory(keepFiles: true);
        var slack = first.CreateSlackClient();
        var students = await GroupsHarness.CohortAsync(slack, "2603", 1, "A", 40);

        var reply = await slack.CoachAsync("groups homeroom 2603");
        var formed = await GroupsHarness.HomeroomAsync(first, "2603");
        var again = await slack.CoachAsync("groups homeroom 2603");
        first.Dispose();
        using var restarted = new BotFactory(now: first.Clock.GetUtcNow().AddMinutes(5), restartOf: first);
        var shown = await restarted.CreateSlackClient().CoachAsync("groups show 2603");

        Assert.Contains("Formed 8 Homeroom groups for cohort *2603* (module 1) from 40 students", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Repeat(5, 8), formed.Select(g => g.Count));
        Assert.Equal(students.Order(), formed.SelectMany(g => g).Order());
        Assert.Contains("already has 8 Homeroom groups", again.AllText, StringComparison.Ordinal);
        Assert.Equal(formed, await GroupsHarness.HomeroomAsync(restarted, "2603"));
        Assert.All(formed, g => Assert.Contains(string.Join(", ", g.Select(s => $"<@{s}>")), shown.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AClassOf40AskingAtOnceAfterTwoLateJoinsSeesEachStudentInOneGroupAndNoErrorIsLogged()
    {
        var logs = new CapturedLogs();
        using var bot = new BotFactory(now: DateTimeOffset.Parse("2026-03-18T15:00:00Z", CultureInfo.InvariantCulture)) { Logs = logs }; // week 3: Homeroom
        var slack = bot.CreateSlackClient();
        var formed = await GroupsHarness.CohortAsync(slack, "2603", 1, "A", 38);
        await slack.CoachAsync("groups homeroom 2603");
        string[] late = ["ULATE00001", "ULATE00002"];
        foreach (var student in late)
        {
            await slack.CommandAsync("join 2603", student);
        }

        // Every student's `/prodev week` reads the groups, and each read would place the late joiners.
        string[] everyone = [.. formed, .. late];
        var replies = await Task.WhenAll(everyone.Select(s => slack.CommandAsync("week", s)));
        var groups = await GroupsHarness.HomeroomAsync(bot, "2603");

        Assert.All(replies, r => Assert.Contains("Homeroom group", r.AllText, StringComparison.Ordinal));
        Assert.Equal(everyone.Order(StringComparer.Ordinal), groups.SelectMany(g => g).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Repeat(5, 8), groups.Select(g => g.Count)); // 6 of 5 and 2 of 4, and the late joiners filled the 4s
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SixStudentsAtSizeFiveMakeTwoGroupsOfThreeAndTheSameSeedGivesTheSameGroups()
    {
        await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 6);

        await _slack.CoachAsync("groups homeroom 2603 size 5 seed 42");
        var first = await GroupsHarness.HomeroomAsync(_bot, "2603");
        var reformed = await _slack.CoachAsync("groups homeroom 2603 size 5 seed 42 reform");

        Assert.Equal([3, 3], first.Select(g => g.Count));
        Assert.Equal(first, await GroupsHarness.HomeroomAsync(_bot, "2603"));
        Assert.Contains("Re-formed: the 2 old groups and their room links are gone", reformed.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LateJoinersGoToTheSmallestGroupLeaversDropOutAndPausedStudentsAreLeftOut()
    {
        var students = await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 11);
        await _slack.CommandAsync("pause", students[10]);
        var reply = await _slack.CoachAsync("groups homeroom 2603");
        var formed = await GroupsHarness.HomeroomAsync(_bot, "2603");

        await _slack.CommandAsync("leave", formed[0][0]);
        await _slack.CommandAsync("join 2603", "ULATE00001");
        await _slack.CommandAsync("join 2603", "ULATE00002");
        await _slack.CoachAsync("groups show 2603");
        var after = await GroupsHarness.HomeroomAsync(_bot, "2603");

        Assert.Equal([5, 5], formed.Select(g => g.Count));
        Assert.DoesNotContain(students[10], formed.SelectMany(g => g));
        Assert.Contains("1 paused student(s) left out", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(formed[0][0], after.SelectMany(g => g));
        Assert.Contains("ULATE00001", after[0]); // group 1 was down to 4: the smallest
        Assert.Contains("ULATE00002", after[0]); // then 5 and 5: the lowest number
        Assert.Equal([6, 5], after.Select(g => g.Count));
        Assert.DoesNotContain(students[10], after.SelectMany(g => g));
    }

    [Fact]
    public async Task ACoachMovesAStudentAndNamesTheirRoom()
    {
        await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 10);
        await _slack.CoachAsync("groups homeroom 2603");
        var student = (await GroupsHarness.HomeroomAsync(_bot, "2603"))[0][0];

        var moved = await _slack.CoachAsync($"groups move <@{student}|ana> 2603 group 2");
        var room = await _slack.CoachAsync("groups room 2603 group 2 <https://turing.zoom.us/j/222>");
        var fallback = await _slack.CoachAsync("groups room 2603 default https://turing.zoom.us/j/999");
        var shown = await _slack.CoachAsync("groups show 2603");
        var after = await GroupsHarness.HomeroomAsync(_bot, "2603");

        Assert.Contains($"Moved <@{student}> to Homeroom group 2 of cohort *2603* (6 now). Group 1 now has 4.", moved.AllText, StringComparison.Ordinal);
        Assert.Contains(student, after[1]);
        Assert.DoesNotContain(student, after[0]);
        Assert.Contains("meets at https://turing.zoom.us/j/222", room.AllText, StringComparison.Ordinal);
        Assert.Contains("default room is https://turing.zoom.us/j/999", fallback.AllText, StringComparison.Ordinal);
        Assert.Contains("<https://turing.zoom.us/j/999|default room>", shown.AllText, StringComparison.Ordinal); // group 1
        Assert.Contains("<https://turing.zoom.us/j/222|room>", shown.AllText, StringComparison.Ordinal); // group 2
    }

    [Theory]
    [InlineData("groups homeroom 2699", "There is no cohort `2699`")]
    [InlineData("groups homeroom 2603 size 1", "`size` needs a whole number from 2 to 10")]
    [InlineData("groups homeroom 2603 size five", "`size` needs a whole number from 2 to 10")]
    [InlineData("groups homeroom 2603 please", "I don't understand `please`")]
    [InlineData("groups move <@UNOTHERE01|zed> 2603 group 1", "<@UNOTHERE01> is not in cohort 2603")]
    [InlineData("groups move 2603 group 1", "Start with the student, as a mention")]
    [InlineData("groups move <@UA00001|a> 2603 group 9", "Cohort 2603 has groups 1–2; there is no group 9")]
    [InlineData("groups room 2603 group 1 zoom-link", "`zoom-link` is not a link")]
    [InlineData("groups room 2603 group 1 javascript:alert(1)", "is not a link")]
    [InlineData("groups room 2603 default", "End with the meeting link")]
    [InlineData("groups show 2603 week 6", "Week 6 of module 1 has no Wednesday group")]
    [InlineData("groups show 2603 week 9", "`week` needs a whole number from 1 to 6")]
    [InlineData("groups dm 2603 maybe", "End with `on` or `off`")]
    [InlineData("groups teleport", "I don't know `groups teleport`")]
    [InlineData("groups", "Start with the cohort id")]
    public async Task EveryMistakeGetsAClearMessage(string command, string expected)
    {
        await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 10);
        await _slack.CoachAsync("groups homeroom 2603");

        var reply = await _slack.CoachAsync(command);

        Assert.Contains(expected, reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStudentCannotFormOrMoveGroups()
    {
        var students = await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 10);

        var form = await _slack.CommandAsync("groups homeroom 2603", students[0]);
        var move = await _slack.CommandAsync($"groups move <@{students[0]}> 2603 group 1", students[0]);

        Assert.Contains("Sorry, `/prodev groups` is for ProDev coaches", form.AllText, StringComparison.Ordinal);
        Assert.Contains("Sorry, `/prodev groups` is for ProDev coaches", move.AllText, StringComparison.Ordinal);
        Assert.Empty(await GroupsHarness.HomeroomAsync(_bot, "2603"));
    }

    [Fact]
    public async Task OneStudentIsNotAGroup()
    {
        await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 1);

        var reply = await _slack.CoachAsync("groups homeroom 2603");

        Assert.Contains("has 1 student(s) who can be placed (0 paused); a group needs at least two", reply.AllText, StringComparison.Ordinal);
        Assert.Empty(await GroupsHarness.HomeroomAsync(_bot, "2603"));
    }
}
