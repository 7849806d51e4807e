using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Cohorts;
using ProDevBot.Tests.Fakes;
using Quartz;

namespace ProDevBot.Tests.Cohorts;

/// <summary>A class of 40 in a linked channel: who the roster sync adds back, and what a join during a sync does.</summary>
public sealed class RosterSyncTests : IDisposable
{
    private static readonly string[] ClassA = [.. Enumerable.Range(1, 40).Select(i => $"U0A{i:D6}")];
    private static readonly string[] ClassB = [.. Enumerable.Range(1, 40).Select(i => $"U0B{i:D6}")];
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public RosterSyncTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    private Task<SlackReply> Coach(string text) => _slack.CommandAsync(text, BotFactory.CoachId);

    [Fact]
    public async Task StudentsWhoLeftOrWereForgottenStayOutOfTheRosterUntilTheyJoinAgain()
    {
        _bot.Slack.Settings.Roster = ClassA;
        await Coach("cohort add 2603 module 1 starts 2026-03-02");
        await Coach("cohort link 2603 C0COHORTA");
        var simulation = new Simulation(_bot);
        await simulation.SettleAsync();
        var linked = await Coach("cohort roster 2603");

        foreach (var leaver in ClassA[..3])
        {
            await _slack.CommandAsync("leave", leaver);
        }

        foreach (var forgotten in ClassA[3..5])
        {
            _bot.Clock.Advance(TimeSpan.FromSeconds(5)); // response_url posts are paced on the bot's clock
            await ClickForgetMeAsync(forgotten);
        }

        await Coach("cohort link 2603 C0COHORTA"); // the next sync, as every 6 hours
        await simulation.SettleAsync();
        var synced = await Coach("cohort roster 2603");
        var rejoined = await _slack.CommandAsync("join 2603", ClassA[0]);
        await Coach("cohort link 2603 C0COHORTA");
        await simulation.SettleAsync();
        var after = await Coach("cohort roster 2603");

        Assert.Contains("Cohort 2603: 40 students", linked.AllText, StringComparison.Ordinal);
        Assert.Contains("Cohort 2603: 35 students", synced.AllText, StringComparison.Ordinal);
        Assert.All(ClassA[..5], s => Assert.DoesNotContain($"<@{s}>", synced.AllText, StringComparison.Ordinal));
        Assert.Contains("Welcome to cohort *2603*", rejoined.AllText, StringComparison.Ordinal);
        Assert.Contains("Cohort 2603: 36 students", after.AllText, StringComparison.Ordinal);
        Assert.Contains($"<@{ClassA[0]}> (joined by command)", after.AllText, StringComparison.Ordinal);
        Assert.All(ClassA[1..5], s => Assert.DoesNotContain($"<@{s}>", after.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AJoinDuringTheSixHourlySyncLosesNeitherItsCohortNorTheNext()
    {
        await Coach("cohort add 2603 module 1 starts 2026-03-02");
        await Coach("cohort add 2604 module 1 starts 2026-03-02");
        _bot.Slack.Settings.Roster = [];
        await Coach("cohort link 2603 C0COHORTA");
        await Coach("cohort link 2604 C0COHORTB");
        var simulation = new Simulation(_bot);
        await simulation.SettleAsync();

        // Every Slack answer now waits a second of the bot's clock, so the sync can be caught half-way.
        _bot.Slack.Settings.ChannelRosters = new Dictionary<string, IReadOnlyList<string>> { ["C0COHORTA"] = ClassA, ["C0COHORTB"] = ClassB };
        _bot.Slack.Settings.ResponseDelay = TimeSpan.FromSeconds(1);
        var scheduler = await _bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.PauseTrigger(RosterSyncJob.Trigger); // only the run started here, no repair by a later one
        await scheduler.TriggerJob(RosterSyncJob.Key);
        for (var i = 0; i < 400 && _bot.Slack.CallsTo("users.info").Count == 0; i++)
        {
            _bot.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(25);
        }

        // The first cohort's members are being looked up: its last member joins by command meanwhile.
        var channel = _bot.Slack.CallsTo("conversations.members")[^1].Field("channel");
        var (cohort, members) = channel == "C0COHORTA" ? ("2603", ClassA) : ("2604", ClassB);
        var joined = await _slack.CommandAsync($"join {cohort}", members[^1]);
        for (var i = 0; i < 400 && _bot.Slack.CallsTo("users.info").Count < 79; i++)
        {
            _bot.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(25);
        }

        _bot.Slack.Settings.ResponseDelay = TimeSpan.Zero;
        for (var i = 0; i < 400 && (await scheduler.QueryFireInstances(new FireInstanceQuery())).Items.Count > 0; i++)
        {
            _bot.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(25);
        }

        var first = await Coach("cohort roster 2603");
        var second = await Coach("cohort roster 2604");

        Assert.Contains("Welcome to cohort", joined.AllText, StringComparison.Ordinal);
        Assert.Contains("Cohort 2603: 40 students", first.AllText, StringComparison.Ordinal);
        Assert.Contains("Cohort 2604: 40 students", second.AllText, StringComparison.Ordinal);
    }

    private async Task ClickForgetMeAsync(string student)
    {
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions",
            user = new { id = student },
            team = new { id = "T0TEAM0001" },
            api_app_id = "A0APP00001",
            trigger_id = "1.2.3",
            response_url = _bot.Slack.ResponseUrl("forget-" + student).ToString(),
            container = new { type = "message", message_ts = "1.2", channel_id = "C0CHANNEL1", is_ephemeral = true },
            actions = new[] { new { type = "button", action_id = "forget_me_confirm", block_id = "b1", value = student, action_ts = "1.3" } },
        });
        using var response = await _slack.PostAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(payload), "application/x-www-form-urlencoded");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
