using Microsoft.Extensions.DependencyInjection;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.WebApi;
using ProDevBot.Tests.Fakes;
using Xunit.Abstractions;

namespace ProDevBot.Tests.SlackPacing;

/// <summary>Slack counts a workspace's calls, not one instance's: two instances together keep to Slack:RateLimits.</summary>
public sealed class ClusterSlackPaceTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> OneCallASecond = new()
    {
        ["Slack:RateLimits:Tier4PerMinute"] = "60", // users.info: one a second…
        ["Slack:RateLimits:BurstSeconds"] = "2",    // …after two at once
    };

    [Fact]
    public async Task TwoInstancesCallingUsersInfoAsFastAsTheyCanStayWithinOneCapTogether()
    {
        // One FakeSlack for both instances; it answers every call, so its count is what they sent, not what it let through.
        using var bot = new BotFactory(TestDatabase.PostgreSQLCluster, OneCallASecond, slack: new FakeSlackSettings { EnforceRateLimits = false });
        bot.CreateSlackClient();
        using var stop = new CancellationTokenSource();
        var apis = bot.Instances.Select(b => b.Services.GetRequiredService<ISlackApi>()).ToArray();

        // 30 lookups queued on each instance at once; then 10 s pass on the cluster's clock.
        var lookups = Enumerable.Range(1, 30)
            .SelectMany(i => apis.Select((api, n) => api.GetUserAsync($"U{n}{i:D4}", stop.Token)))
            .ToList();
        await Task.Delay(500);
        for (var step = 0; step < 100; step++)
        {
            bot.Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(20);
        }

        await Task.Delay(500); // let the last released calls land; the clock stands still, so no new ones are released
        var sent = bot.Slack.CallsTo(SlackMethods.UsersInfo).Count;
        output.WriteLine($"users.info calls in 10 s from two instances: {sent}");
        await stop.CancelAsync();
        await Task.WhenAll(lookups.Select(l => l.ContinueWith(_ => { }, TaskScheduler.Default)));

        // One cap over 10 s: a burst of 2, then one a second = 12. Each instance on its own pace would send 12 (24 in all).
        Assert.InRange(sent, 10, 12);
    }
}
