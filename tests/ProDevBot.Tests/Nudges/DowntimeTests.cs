using System.Globalization;
using ProDevBot.Outbox;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Nudges;

/// <summary>The bot is down across a kickoff and a group reminder; what happens when it comes back depends on the hour.</summary>
public class DowntimeTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static async Task<string> RunFirstWeekThenStopAsync(BotFactory first)
    {
        var slack = first.CreateSlackClient();
        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await slack.CommandAsync("join 2603");
        await new Simulation(first).SettleAsync();
        return SlackClient.StudentId;
    }

    [Fact]
    public async Task NudgesMissedWhileDownAreSentLateWhileTheyStillHelp()
    {
        using var first = new BotFactory(now: Utc("2026-03-06T17:00:00Z"), keepFiles: true);
        var student = await RunFirstWeekThenStopAsync(first);
        first.Dispose();

        // Back at 12:45 MDT on Wednesday of week 2: Monday's kickoff and the 12:30 group reminder were missed,
        // and the group has not met yet.
        using var restarted = new BotFactory(now: Utc("2026-03-11T18:45:00Z"), restartOf: first);
        restarted.CreateSlackClient();
        var simulation = new Simulation(restarted);
        await simulation.SettleAsync();

        var rows = await simulation.OutboxAsync();
        var kickoff = rows.Single(r => r.Key == $"kickoff:2603:{student}:2026-03-09");
        var group = rows.Single(r => r.Key == $"group:2603:{student}:2026-03-11");
        Assert.Equal(OutboxStatus.Sent, kickoff.Status);
        Assert.Equal(OutboxStatus.Sent, group.Status);
        Assert.Contains(restarted.Slack.CallsTo("chat.postMessage"), c => c.IdempotencyKey == group.Key && c.Body.ToString().Contains("meets today at 1:00 pm", StringComparison.Ordinal));
        Assert.Single(restarted.Slack.CallsTo("chat.postMessage"), c => c.IdempotencyKey == kickoff.Key);
    }

    [Fact]
    public async Task NudgesMissedWhileDownAreRecordedAsSkippedOnceTooLate()
    {
        using var first = new BotFactory(now: Utc("2026-03-06T17:00:00Z"), keepFiles: true);
        var student = await RunFirstWeekThenStopAsync(first);
        first.Dispose();

        // Back at 2 pm MDT on Wednesday of week 2: the group already met.
        using var restarted = new BotFactory(now: Utc("2026-03-11T20:00:00Z"), restartOf: first);
        restarted.CreateSlackClient();
        var simulation = new Simulation(restarted);
        await simulation.SettleAsync();

        var rows = await simulation.OutboxAsync();
        Assert.Equal(OutboxStatus.Skipped, rows.Single(r => r.Key == $"kickoff:2603:{student}:2026-03-09").Status);
        Assert.Equal(OutboxStatus.Skipped, rows.Single(r => r.Key == $"group:2603:{student}:2026-03-11").Status);
        Assert.Empty(restarted.Slack.CallsTo("chat.postMessage"));

        // The next nudge still comes on time: Thursday's deadline reminder at 9:00 MDT.
        await simulation.RunUntilAsync(Utc("2026-03-12T15:30:00Z"), [Utc("2026-03-12T15:00:00Z")]);
        Assert.Contains(restarted.Slack.CallsTo("chat.postMessage"), c => c.IdempotencyKey == $"deadline:2603:{student}:2026-03-12");
    }

    [Fact]
    public async Task ARepeatedTriggerAddsNothing()
    {
        using var bot = new BotFactory(now: Utc("2026-03-09T14:00:00Z"));
        var slack = bot.CreateSlackClient();
        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await slack.CommandAsync("join 2603");
        var simulation = new Simulation(bot);
        await simulation.RunUntilAsync(Utc("2026-03-09T15:05:00Z"), [Utc("2026-03-09T15:00:00Z")]);

        var runner = bot.Services.GetRequiredServiceInScope<ProDevBot.Nudges.NudgeRunner>();
        var again = await runner.RunAsync("2603", ProDevBot.Nudges.NudgeKind.Kickoff, new DateOnly(2026, 3, 9), CancellationToken.None);
        await simulation.SettleAsync();

        Assert.Equal(0, again);
        Assert.Single(bot.Slack.CallsTo("chat.postMessage"), c => c.IdempotencyKey == $"kickoff:2603:{SlackClient.StudentId}:2026-03-09");
    }
}
