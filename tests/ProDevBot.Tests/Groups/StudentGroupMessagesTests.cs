using System.Globalization;
using ProDevBot.Groups;
using ProDevBot.Tests.Fakes;
using ProDevBot.Tests.Home;

namespace ProDevBot.Tests.Groups;

public sealed class StudentGroupMessagesTests : IDisposable
{
    private const string Room = "https://turing.zoom.us/j/555";
    private readonly BotFactory _bot = new(); // Wednesday of week 2, 11:00 MDT: Mix It Up at 1 pm
    private readonly SlackClient _slack;

    public StudentGroupMessagesTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    private async Task<(string[] Class, List<List<string>> Groups)> MixItUpWeekAsync()
    {
        var students = await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 32);
        await GroupsHarness.CohortAsync(_slack, "2511", 3, "C", 8);
        await _slack.CoachAsync("groups mixitup 2 cohorts 2603 2511");
        await _slack.CoachAsync($"groups room 2603 default {Room}");
        return (students, await GroupsHarness.GroupsAsync(_bot, GroupRounds.MixItUp(2, ["2511", "2603"])));
    }

    private static string Mentions(IEnumerable<string> others) => GroupText.Mentions([.. others.Order(StringComparer.Ordinal)]);

    [Fact]
    public async Task TheWednesdayReminderNamesEachStudentsGroupItsMembersAndRoom()
    {
        var (students, groups) = await MixItUpWeekAsync();
        var simulation = new Simulation(_bot);
        await simulation.SettleAsync();

        await simulation.RunUntilAsync(DateTimeOffset.Parse("2026-03-11T18:31:00Z", CultureInfo.InvariantCulture), []);

        var posts = _bot.Slack.CallsTo("chat.postMessage").Where(c => c.Status == 200 && c.Error is null).ToList();
        Assert.All(students, student =>
        {
            var number = groups.FindIndex(g => g.Contains(student)) + 1;
            var others = groups[number - 1].Where(s => s != student);
            var reminder = posts.Single(p => p.IdempotencyKey == $"group:2603:{student}:2026-03-11");
            var text = new SlackReply(System.Net.HttpStatusCode.OK, reminder.Body.GetRawText()).AllText;
            Assert.Contains($"*Your group: Mix It Up group {number}* with {Mentions(others)}.", text, StringComparison.Ordinal);
            Assert.Contains($"Room: <{Room}|join the room> (breakout room {number})", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task WeekShowsTheStudentsGroupAndSaysNothingNewWithoutOne()
    {
        var (students, groups) = await MixItUpWeekAsync();
        var loner = "UNOGROUP01";
        await _slack.CommandAsync("join 2603", loner); // joined after the week's groups were formed

        var week = await _slack.CommandAsync("week", students[7]);
        var without = await _slack.CommandAsync("week", loner);

        var number = groups.FindIndex(g => g.Contains(students[7])) + 1;
        Assert.Contains($"*Your group: Mix It Up group {number}* with {Mentions(groups[number - 1].Where(s => s != students[7]))}.", week.AllText, StringComparison.Ordinal);
        Assert.Contains($"<{Room}|join the room>", week.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Your group", without.AllText, StringComparison.Ordinal);
        Assert.Contains("Mix It Up", without.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomeroomWeeksAndTheHomeTabNameTheHomeroomGroupAndItsOwnRoom()
    {
        var students = await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 40);
        await _slack.CoachAsync("groups homeroom 2603");
        var groups = await GroupsHarness.HomeroomAsync(_bot, "2603");
        var student = groups[2][0];
        await _slack.CoachAsync("groups room 2603 3 https://meet.example.org/homeroom-3");

        var week3 = await _slack.CommandAsync("week 3", student);
        await SlackEvents.PostAsync(_slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0GROUPS01", groups[0][0]));
        var home = _bot.Slack.CallsTo("views.publish").Single(c => c.Body.GetProperty("user_id").GetString() == groups[0][0]);
        var homeText = new SlackReply(System.Net.HttpStatusCode.OK, home.Body.GetProperty("view").GetRawText()).AllText;

        Assert.Equal(40, students.Length);
        Assert.Contains($"*Your group: Homeroom group 3* with {Mentions(groups[2].Skip(1))}.", week3.AllText, StringComparison.Ordinal);
        Assert.Contains("Room: <https://meet.example.org/homeroom-3|join the room>", week3.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("breakout room", week3.AllText, StringComparison.Ordinal);
        // It is Wednesday of week 2 before the group: the next group is week 2's Mix It Up, not yet formed.
        Assert.DoesNotContain("Your group", homeText, StringComparison.Ordinal);
        _bot.Clock.SetUtcNow(DateTimeOffset.Parse("2026-03-12T17:00:00Z", CultureInfo.InvariantCulture));
        await SlackEvents.PostAsync(_slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0GROUPS02", groups[0][0]));
        var later = _bot.Slack.CallsTo("views.publish").Last(c => c.Body.GetProperty("user_id").GetString() == groups[0][0]);
        var laterText = new SlackReply(System.Net.HttpStatusCode.OK, later.Body.GetProperty("view").GetRawText()).AllText;
        Assert.Contains($"*Your group: Homeroom group 1* with {Mentions(groups[0].Skip(1))}.", laterText, StringComparison.Ordinal);
        Assert.Contains("No room link yet", laterText, StringComparison.Ordinal);
    }
}
