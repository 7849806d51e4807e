using Microsoft.Extensions.DependencyInjection;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;
using ProDevBot.Slack.WebApi.Pacing;
using ProDevBot.Tests.Fakes;
using Xunit.Abstractions;

namespace ProDevBot.Tests.SlackPacing;

/// <summary>A 429 is Slack pacing the workspace: every instance of the bot holds that method back, and only that one.</summary>
public sealed class ClusterSlackPauseTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ARateLimitOnOneInstanceHoldsThatMethodBackOnTheOtherUntilTheSameInstant()
    {
        var fake = new FakeSlackSettings { EnforceRateLimits = false, ForcedRetryAfterSeconds = 5 };
        using var bot = new BotFactory(TestDatabase.PostgreSQLCluster, slack: fake);
        bot.CreateSlackClient();
        var second = bot.Peer!;
        var onSecond = second.Services.GetRequiredService<ISlackApi>();
        var pausedOnSecond = second.Services.GetRequiredService<SlackMethodPauses>();
        using var stop = new CancellationTokenSource();
        var listening = await PauseListeners.WaitForAsync(bot.PostgresSchema!, 2); // a notice sent before one listens is lost
        fake.AddFault(new FakeSlackFault("ratelimited", SlackMethods.UsersInfo, Times: 1, Status: 429));

        // The first instance meets the 429 and waits out its Retry-After on the cluster's clock.
        var retrying = bot.Services.GetRequiredService<ISlackApi>().GetUserAsync("U10001", stop.Token);
        await WaitForPauseAsync(bot.Services.GetRequiredService<SlackMethodPauses>(), SlackMethods.UsersInfo);
        var heardAfter = await WaitForPauseAsync(pausedOnSecond, SlackMethods.UsersInfo);
        var until = pausedOnSecond.Until(SlackMethods.UsersInfo);
        output.WriteLine($"heard on the second instance {heardAfter.TotalMilliseconds:F0} ms after the first paused");

        var lookup = onSecond.GetUserAsync("U20001", stop.Token);
        var ephemeral = onSecond.PostEphemeralAsync(new PostEphemeralRequest("C1", "U20001", new SlackMessage("hi")), stop.Token);
        await ephemeral.WaitAsync(TimeSpan.FromSeconds(10)); // another method is not held back
        bot.Clock.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(300);
        var heldBefore = !lookup.IsCompleted && bot.Slack.CallsTo(SlackMethods.UsersInfo).Count == 1;
        bot.Clock.Advance(TimeSpan.FromMilliseconds(100));
        var user = await lookup.WaitAsync(TimeSpan.FromSeconds(10));
        await retrying.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(listening, "both instances should be listening for pauses");
        Assert.NotNull(until); // heard (how fast is a figure for the log above, not a pass mark: CI machines are shared)
        Assert.Equal(bot.Clock.GetUtcNow(), until); // Retry-After: 5 from the 429's instant, which is now
        Assert.True(heldBefore, "users.info went out on the second instance before the Retry-After instant");
        Assert.Equal("U20001", user.Id);
        Assert.Equal([429, 200, 200], bot.Slack.CallsTo(SlackMethods.UsersInfo).Select(c => c.Status));
    }

    internal static async Task<TimeSpan> WaitForPauseAsync(SlackMethodPauses pauses, string method)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (pauses.Until(method) is null && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(5);
        }

        return waited.Elapsed;
    }
}
