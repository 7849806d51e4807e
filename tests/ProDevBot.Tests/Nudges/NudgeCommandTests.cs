using ProDevBot.FakeSlack;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Nudges;

/// <summary>Student and coach controls for nudges, through the real HTTP pipeline.</summary>
public sealed class NudgeCommandTests : IDisposable
{
    private readonly BotFactory _bot = new(); // Wednesday March 11, 11:00 MDT
    private readonly SlackClient _slack;

    public NudgeCommandTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();

        // Let this week's kickoff (due since Monday) fire before anyone joins, so no test races it.
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
        _slack.CommandAsync("join 2603").GetAwaiter().GetResult();
    }

    public void Dispose() => _bot.Dispose();

    private Task<SlackReply> Coach(string text) => _slack.CommandAsync(text, BotFactory.CoachId);

    /// <summary>Every DM but this week's kickoff, which the student got on joining mid-week.</summary>
    private List<FakeSlackCall> PostsBesidesTheJoinKickoff() =>
        [.. _bot.Slack.CallsTo("chat.postMessage").Where(c => c.IdempotencyKey != $"kickoff:2603:{SlackClient.StudentId}:2026-03-09")];

    [Fact]
    public async Task StudentPausesUntilADateAndResumes()
    {
        var paused = await _slack.CommandAsync("pause until 2026-03-20");
        var settings = await _slack.CommandAsync("settings");
        var roster = await Coach("cohort roster 2603");
        var resumed = await _slack.CommandAsync("resume");
        var again = await _slack.CommandAsync("resume");

        Assert.Contains("paused through Fri, Mar 20", paused.AllText, StringComparison.Ordinal);
        Assert.Contains("paused through 2026-03-20", settings.AllText, StringComparison.Ordinal);
        Assert.Contains("1 students, 1 paused", roster.AllText, StringComparison.Ordinal);
        Assert.Contains("Nudges are back on", resumed.AllText, StringComparison.Ordinal);
        Assert.Contains("already on", again.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pause until 2026-03-01", "has already passed")]
    [InlineData("pause until tomorrow", "until YYYY-MM-DD")]
    [InlineData("settings group maybe", "`on` or `off`")]
    [InlineData("settings lunch off", "kickoff, group or deadlines")]
    [InlineData("done linkedin", "Name one deliverable of module 1")]
    [InlineData("preview lunch", "kickoff, group or deadlines")]
    public async Task StudentMistakesAreExplained(string text, string expected)
    {
        var reply = await _slack.CommandAsync(text);

        Assert.Contains(expected, reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StudentTurnsOneNudgeOffAndSeesTheChoice()
    {
        var off = await _slack.CommandAsync("settings group off");
        var shown = await _slack.CommandAsync("settings");

        Assert.Contains("*group*: off", off.AllText, StringComparison.Ordinal);
        Assert.Contains("*kickoff*: on", shown.AllText, StringComparison.Ordinal);
        Assert.Contains("*deadlines*: on", shown.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoneDeliverablesDropOutOfTheDeadlineReminderPreview()
    {
        var done = await _slack.CommandAsync("done exit-ticket-4");
        var undone = await _slack.CommandAsync("undo exit-ticket-4");
        await _slack.CommandAsync("done exit-ticket-4");
        var preview = await _slack.CommandAsync("preview deadlines 4");

        Assert.Contains("is marked done", done.AllText, StringComparison.Ordinal);
        Assert.Contains("marked not done", undone.AllText, StringComparison.Ordinal);

        // A preview shows what the cohort gets (all items), on the Thursday before the Friday deadline at 9:00.
        Assert.Contains("Preview, sent to nobody: cohort 2603 gets this on Thu, Mar 26 at 9:00 am", preview.AllText, StringComparison.Ordinal);
        Assert.Contains("LinkedIn", preview.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("preview kickoff 3 cohort 2603", "Mon, Mar 16 at 9:00 am", "Week 3 of ProDev starts today")]
    [InlineData("preview group cohort 2603", "Wed, Mar 11 at 12:30 pm", "Mix It Up")]
    [InlineData("preview deadlines cohort 2603", "Thu, Mar 12 at 9:00 am", "Due tomorrow")]
    public async Task CoachPreviewsExactlyWhatStudentsGetWithoutSendingIt(string text, string when, string content)
    {
        var preview = await Coach(text);

        Assert.Contains(when, preview.AllText, StringComparison.Ordinal);
        Assert.Contains(content, preview.AllText, StringComparison.Ordinal);
        Assert.Empty(PostsBesidesTheJoinKickoff());
    }

    [Fact]
    public async Task CoachSendsTheGroupReminderNowThroughTheOutbox()
    {
        var reply = await Coach("cohort nudge 2603 group");
        await new Simulation(_bot).SettleAsync();

        Assert.Contains("Sending the week 2 group nudge to 1 student", reply.AllText, StringComparison.Ordinal);
        var post = Assert.Single(PostsBesidesTheJoinKickoff());
        Assert.StartsWith("manual-202603111700-group:2603:", post.IdempotencyKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoachChangesTimesAndTheyAreValidated()
    {
        var changed = await Coach("cohort times 2603 kickoff 08:15 group 12:45");
        var tooLate = await Coach("cohort times 2603 group 13:30");
        var preview = await Coach("preview kickoff 3 cohort 2603");

        Assert.Contains("kickoff Monday 08:15, group reminder Wednesday 12:45", changed.AllText, StringComparison.Ordinal);
        Assert.Contains("before the group meets", tooLate.AllText, StringComparison.Ordinal);
        Assert.Contains("Mon, Mar 16 at 8:15 am", preview.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoachPausesTheCohortForABreakAndAdvancesItToTheNextModule()
    {
        var paused = await Coach("cohort pause 2603 2026-03-23 2026-03-27");
        var backwards = await Coach("cohort pause 2603 2026-03-27 2026-03-23");
        var advanced = await Coach("cohort advance 2603 module 2 starts 2026-04-27");
        var week = await _slack.CommandAsync("week");
        var notMonday = await Coach("cohort advance 2603 module 2 starts 2026-04-28");

        Assert.Contains("No nudges for cohort *2603* from Mon, Mar 23 to Fri, Mar 27", paused.AllText, StringComparison.Ordinal);
        Assert.Contains("ends (2026-03-23) before it starts", backwards.AllText, StringComparison.Ordinal);
        Assert.Contains("moved from module 1 from 2026-03-02 to module 2", advanced.AllText, StringComparison.Ordinal);
        Assert.Contains("starts module 2 on Mon, Apr 27", week.AllText, StringComparison.Ordinal);
        Assert.Contains("is a Tuesday", notMonday.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StudentsCannotRunCoachActions()
    {
        foreach (var text in new[] { "cohort nudge 2603 group", "cohort pause 2603 2026-03-23 2026-03-27", "cohort roster 2603", "cohort link 2603 C0CHANNEL1" })
        {
            var reply = await _slack.CommandAsync(text);
            Assert.Contains("for ProDev coaches", reply.AllText, StringComparison.Ordinal);
        }

        Assert.Empty(PostsBesidesTheJoinKickoff());
    }

    [Fact]
    public async Task RosterFollowsTheChannelKeepingStudentsWhoJoinedByCommand()
    {
        _bot.Slack.Settings.Roster = ["U0STUDA", "U0STUDB", "U0BOT0001"];
        _bot.Slack.Settings.BotUsers = new HashSet<string> { "U0BOT0001" };
        var link = await Coach("cohort link 2603 <#C0COHORT1|2603-be>");
        var simulation = new Simulation(_bot);
        await simulation.SettleAsync();
        var first = await Coach("cohort roster 2603");

        _bot.Slack.Settings.Roster = ["U0STUDA"];
        await Coach("cohort link 2603 C0COHORT1");
        await simulation.SettleAsync();
        var second = await Coach("cohort roster 2603");

        Assert.Contains("linked to <#C0COHORT1>", link.AllText, StringComparison.Ordinal);
        Assert.Contains("3 students", first.AllText, StringComparison.Ordinal); // A, B and the student who joined
        Assert.Contains("<@U0STUDB>", first.AllText, StringComparison.Ordinal);
        Assert.Contains("2 students", second.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U0STUDB>", second.AllText, StringComparison.Ordinal);
        Assert.Contains($"<@{SlackClient.StudentId}> (joined by command)", second.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RosterSyncReadsEveryPageOfALargeChannel()
    {
        _bot.Slack.Settings.Roster = [.. Enumerable.Range(1, 250).Select(i => $"U0M{i:D6}")];

        await Coach("cohort link 2603 C0COHORT1");
        await new Simulation(_bot).SettleAsync();
        var roster = await Coach("cohort roster 2603");

        Assert.Contains("Cohort 2603: 251 students", roster.AllText, StringComparison.Ordinal);
        var pages = _bot.Slack.CallsTo("conversations.members");
        Assert.Contains(pages, c => c.Field("cursor") == "200"); // the second page, 200 a page
        Assert.Equal(0, pages.Count % 2); // every sync (the link's, and the 6-hourly one if it came due) read both
        Assert.Equal(250, _bot.Slack.CallsTo("users.info").Count); // each member looked up once
    }

    [Theory]
    [InlineData("cohort link 2603 #general", "Name the cohort's channel")]
    [InlineData("cohort link 9999 C0COHORT1", "There is no cohort `9999`")]
    [InlineData("cohort times 2603 kickoff 9am", "not a 24-hour time")]
    [InlineData("cohort nudge 2603 lunch", "kickoff, group or deadlines")]
    public async Task CoachMistakesAreExplained(string text, string expected)
    {
        var reply = await Coach(text);

        Assert.Contains(expected, reply.AllText, StringComparison.Ordinal);
    }
}
