using Microsoft.Extensions.DependencyInjection;
using ProDevBot.FakeSlack;
using ProDevBot.Outbox;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Outbox;

/// <summary>The outbox's send path through the real Slack client to FakeSlack, which records every HTTP call.</summary>
public sealed class OutboxSendPathTests
{
    private static async Task EnqueueAsync(BotFactory bot, string key)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProDevBot.Outbox.OutboxWriter>().EnqueueAsync(OutboxHarness.Envelope(key), CancellationToken.None);
    }

    [Fact]
    public async Task AnAlwaysFailingMessageIsPostedOnceForEachOutboxAttemptAndNoMore()
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3" });
        bot.CreateSlackClient();
        bot.Slack.Settings.AddFault(new FakeSlackFault("service_unavailable", "chat.postMessage"));

        await EnqueueAsync(bot, "always-failing");
        await new Simulation(bot).SettleAsync();

        var row = Assert.Single(await new Simulation(bot).OutboxAsync());
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Equal(3, bot.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task ASendStillInFlightAtTheEndOfItsLeaseIsNeverPostedByASecondClaimerToo()
    {
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["Outbox:Lease"] = "00:00:10",
            ["Outbox:SendTimeout"] = "00:00:05",
        });
        bot.CreateSlackClient();
        bot.Slack.Settings.ResponseDelay = TimeSpan.FromSeconds(20); // on the shared fake clock: Slack hangs

        await EnqueueAsync(bot, "slow");
        await Task.Delay(300);
        await TickAsync(bot, seconds: 12); // past the lease: the other lane may claim the row
        bot.Slack.Settings.ResponseDelay = TimeSpan.Zero;
        await TickAsync(bot, seconds: 40);

        var stats = bot.Slack.Stats();
        Assert.Equal(1, stats.DistinctKeysDelivered);
        Assert.Equal(0, stats.DuplicateKeys);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await new Simulation(bot).OutboxAsync()).Status);
    }

    private static async Task TickAsync(BotFactory bot, int seconds)
    {
        for (var i = 0; i < seconds; i++)
        {
            bot.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(60);
        }
    }
}
