using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.Nudges;
using ProDevBot.Tests.Fakes;
using Quartz;

namespace ProDevBot.Tests.Nudges;

/// <summary>
/// A class of 40 joining on the Wednesday of week 2 (after Monday's kickoff ran), a coach's resend, restarts, and
/// triggers that disagree with the cohort after a failed reschedule.
/// </summary>
public class KickoffOnceTests
{
    /// <summary>The database every host here runs on (see the OnPostgreSql subclass).</summary>
    protected virtual TestDatabase Database => TestDatabase.Sqlite;

    private const string Monday = "2026-03-09";
    private static readonly string[] Class = [.. Enumerable.Range(1, 40).Select(i => $"U0K{i:D6}")];

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static async Task<(SlackClient Slack, Simulation Simulation)> ClassJoinsMidWeekAsync(BotFactory bot)
    {
        var slack = bot.CreateSlackClient();
        var simulation = new Simulation(bot);
        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await simulation.SettleAsync(); // this week's kickoff runs, for nobody yet
        foreach (var student in Class)
        {
            await slack.CommandAsync("join 2603", student);
        }

        await simulation.SettleAsync();
        return (slack, simulation);
    }

    private static int KickoffsTo(BotFactory bot, string student) =>
        bot.Slack.CallsTo("chat.postMessage").Count(c => c.Status == 200 && c.Error is null && c.IdempotencyKey == $"kickoff:2603:{student}:{Monday}");

    [Fact]
    public async Task StudentsWhoJoinAfterTheKickoffRanGetItOnceOnJoining()
    {
        using var bot = new BotFactory(Database); // Wednesday of week 2, 11:00 MDT: before the 1 pm group
        var (slack, simulation) = await ClassJoinsMidWeekAsync(bot);
        foreach (var student in Class[..5])
        {
            await slack.CommandAsync("leave", student);
            await slack.CommandAsync("join 2603", student);
        }

        await simulation.SettleAsync();

        Assert.All(Class, student => Assert.Equal(1, KickoffsTo(bot, student)));
    }

    [Fact]
    public async Task NobodyGetsTheKickoffOnJoiningAfterTheWeeksGroupMet()
    {
        using var bot = new BotFactory(Database, now: Utc("2026-03-11T20:00:00Z")); // 2 pm MDT: the group met
        await ClassJoinsMidWeekAsync(bot);

        Assert.DoesNotContain(bot.Slack.CallsTo("chat.postMessage"), c => c.IdempotencyKey?.StartsWith("kickoff:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ARestartAfterTheKickoffAndACoachsResendSendsNothing()
    {
        using var first = new BotFactory(Database, keepFiles: true);
        var (slack, simulation) = await ClassJoinsMidWeekAsync(first);
        var resend = await slack.CommandAsync("cohort nudge 2603 kickoff", BotFactory.CoachId);
        await simulation.SettleAsync();
        first.Dispose();

        using var restarted = new BotFactory(Database, now: first.Clock.GetUtcNow().AddMinutes(5), restartOf: first);
        restarted.CreateSlackClient();
        await new Simulation(restarted).SettleAsync();

        Assert.Contains("to 40 students", resend.AllText, StringComparison.Ordinal);
        Assert.Empty(restarted.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task TheStartUpReconcilerMovesATriggerLeftStaleByAFailedReschedule()
    {
        using var first = new BotFactory(Database, keepFiles: true);
        var slack = first.CreateSlackClient();
        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await new Simulation(first).SettleAsync();

        // `/prodev cohort times` saved, then scheduling failed: the database says 08:30, Quartz still 09:00.
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
            db.Cohorts.Single().KickoffAt = new TimeOnly(8, 30);
            await db.SaveChangesAsync();
        }

        first.Dispose();
        using var restarted = new BotFactory(Database, now: first.Clock.GetUtcNow(), restartOf: first);
        restarted.CreateSlackClient();
        var scheduler = await restarted.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var next = await scheduler.GetTrigger(new TriggerKey("kickoff:2026-03-16", QuartzNudgeScheduler.Group("2603")));

        Assert.Equal(Utc("2026-03-16T14:30:00Z"), next?.StartTimeUtc); // 08:30 MDT
    }

    [Fact]
    public async Task RetryingACohortAddWhoseSchedulingFailedSchedulesItsNudges()
    {
        using var bot = new BotFactory(Database);
        var slack = bot.CreateSlackClient();
        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(QuartzNudgeScheduler.Group("2603"))); // as if scheduling failed

        var retry = await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(QuartzNudgeScheduler.Group("2603")));

        Assert.Contains("already exists", retry.AllText, StringComparison.Ordinal);
        Assert.Contains(triggers, t => t.Name == "kickoff:2026-03-16");
        Assert.Contains(triggers, t => t.Name == "group:2026-03-11"); // due today at 12:30, not run yet
    }
}
