using Microsoft.Extensions.DependencyInjection;
using ProDevBot.FakeSlack;
using ProDevBot.Outbox;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Outbox;

/// <summary>
/// The bot's token is the workspace's: when Slack refuses it, every instance of the cluster knows, and no other
/// deployment; only the dispatching leader probes, so the other instance's resume can only come from the leader's notice.
/// </summary>
public sealed class ClusterDeliveryStateTests
{
    [Fact]
    public async Task ARefusedTokenStopsEveryInstanceOfTheClusterAndAWorkingOneResumesThemAll()
    {
        using var bot = new BotFactory(TestDatabase.PostgreSQLCluster);
        using var otherDeployment = new BotFactory(TestDatabase.PostgreSQLCluster); // another schema of the same database
        var slack = bot.CreateSlackClient();
        otherDeployment.CreateSlackClient();
        bot.Slack.Settings.AddFault(new FakeSlackFault("token_revoked"));

        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await slack.CommandAsync("join 2603"); // the welcome DM meets the refused token on the dispatching leader
        await new Simulation(bot).SettleAsync();
        var stopped = await EventuallyAsync(bot, "token_revoked");

        bot.Slack.Settings.ClearFaults();
        for (var i = 0; i < 200 && bot.Instances.Any(b => State(b).Problem is not null); i++)
        {
            bot.Clock.Advance(TimeSpan.FromSeconds(5)); // the probes ask auth.test
            await Task.Delay(20);
        }

        var resumed = await EventuallyAsync(bot, null);

        Assert.Equal(new[] { "token_revoked", "token_revoked" }, stopped);
        Assert.All(resumed, Assert.Null);
        Assert.All(otherDeployment.Instances, b => Assert.Null(State(b).Problem));
        // Only the dispatching leader asks whether the token works again; the other instance resumed on its notice.
        Assert.Single(bot.Slack.CallsTo("auth.test"), c => c.Error is null);
    }

    private static SlackDeliveryState State(BotFactory instance) => instance.Services.GetRequiredService<SlackDeliveryState>();

    /// <summary>Each instance's problem once all agree on <paramref name="expected"/>, or after 5 s (a notice takes milliseconds).</summary>
    private static async Task<string?[]> EventuallyAsync(BotFactory bot, string? expected)
    {
        for (var i = 0; i < 100 && !bot.Instances.All(b => State(b).Problem == expected); i++)
        {
            await Task.Delay(50);
        }

        return [.. bot.Instances.Select(b => State(b).Problem)];
    }
}
