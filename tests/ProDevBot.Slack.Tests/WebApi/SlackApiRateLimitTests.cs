using Microsoft.Extensions.Time.Testing;
using System.Diagnostics;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Slack.Tests.WebApi;

public class SlackApiRateLimitTests
{
    private static readonly SlackViewDefinition Modal = SlackViewDefinition.Modal("Reflect", [new DividerBlock()], "reflect");

    [Fact]
    public async Task RetryAfterPausesPostMessageWhileViewsOpenAnswersImmediately()
    {
        await using var h = await SlackApiHarness.StartAsync(f =>
        {
            f.ForcedRetryAfterSeconds = 3; // wide margins: CI machines are shared
            f.AddFault(new FakeSlackFault("ratelimited", SlackMethods.PostMessage, Times: 1, Status: 429));
        });

        var post = h.Api.PostMessageAsync(new PostMessageRequest("C1", new SlackMessage("hi")), default);
        while (h.Slack.CallsTo(SlackMethods.PostMessage).Count == 0)
        {
            await Task.Delay(10);
        }

        var clock = Stopwatch.StartNew();
        await h.Api.OpenViewAsync("trigger-1", Modal, h.ForRequestNow(), default);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"views.open took {clock.Elapsed}");
        Assert.False(post.IsCompleted);

        await post;
        var posts = h.Slack.CallsTo(SlackMethods.PostMessage);
        Assert.Equal([429, 200], posts.Select(c => c.Status));
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromSeconds(2.9), $"retried after {posts[1].At - posts[0].At}");
    }

    [Fact]
    public async Task MissingRetryAfterPausesForTheConfiguredDefault()
    {
        await using var h = await SlackApiHarness.StartAsync(
            f =>
            {
                f.OmitRetryAfter = true;
                f.AddFault(new FakeSlackFault("ratelimited", SlackMethods.PostMessage, Times: 1, Status: 429));
            },
            limits: l => l.DefaultRetryAfter = TimeSpan.FromMilliseconds(300));

        await h.Api.PostMessageAsync(new PostMessageRequest("C1", new SlackMessage("hi")), default);

        var posts = h.Slack.CallsTo(SlackMethods.PostMessage);
        var gap = posts[1].At - posts[0].At;
        Assert.InRange(gap, TimeSpan.FromMilliseconds(280), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task PacingKeepsABurstUnderSlacksCapWithoutAny429()
    {
        // Fake Slack: 240/min with 2 s of burst (8). Client: 240/min with 1 s of burst (4), then one every 250 ms.
        await using var h = await SlackApiHarness.StartAsync(
            f =>
            {
                f.EnforceRateLimits = true;
                f.PostMessagePerMinute = 240;
                f.BurstSeconds = 2;
            },
            limits: l =>
            {
                l.PostMessagePerMinute = 240;
                l.BurstSeconds = 1;
            });

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            h.Api.PostMessageAsync(new PostMessageRequest($"C{i}", new SlackMessage("hi")) { IdempotencyKey = $"k{i}" }, default)));

        var stats = h.Slack.Stats();
        Assert.Equal(0, stats.RateLimited);
        Assert.Equal(12, stats.DistinctKeysDelivered);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.5), $"12 messages took only {clock.Elapsed}");
    }

    [Fact]
    public async Task PostMessageToOneChannelIsPacedPerChannel()
    {
        // On a fake clock, so the test reads the pacer's decisions, not how fast loopback HTTP happens to be.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await SlackApiHarness.StartAsync(
            limits: l =>
            {
                l.PostMessagePerChannelPerSecond = 2;
                l.PostMessageChannelBurst = 1;
            },
            time: time);

        var posts = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => h.Api.PostMessageAsync(new PostMessageRequest("C1", new SlackMessage("hi")), default)));

        Assert.Equal(1, await SettledCountAsync(h, atLeast: 1));
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Equal(1, await SettledCountAsync(h, atLeast: 1));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, await SettledCountAsync(h, atLeast: 2));
        time.Advance(TimeSpan.FromMilliseconds(500));
        await posts.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, h.Slack.CallsTo(SlackMethods.PostMessage).Count);
    }

    [Fact]
    public async Task PostsToDifferentChannelsAreNotHeldBackByEachOthersPace()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await SlackApiHarness.StartAsync(
            limits: l =>
            {
                l.PostMessagePerChannelPerSecond = 2;
                l.PostMessageChannelBurst = 1;
            },
            time: time);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => h.Api.PostMessageAsync(new PostMessageRequest($"C{i}", new SlackMessage("hi")), default)))
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(3, h.Slack.CallsTo(SlackMethods.PostMessage).Count);
    }

    /// <summary>How many posts reached FakeSlack once nothing more arrives for a moment of real time.</summary>
    /// <summary>
    /// The number of posts once at least <paramref name="atLeast"/> arrived (a cold first connection on a busy machine
    /// can take longer than one look) and no more came for 150 ms.
    /// </summary>
    private static async Task<int> SettledCountAsync(SlackApiHarness h, int atLeast)
    {
        for (var i = 0; i < 100 && h.Slack.CallsTo(SlackMethods.PostMessage).Count < atLeast; i++)
        {
            await Task.Delay(50);
        }

        var count = -1;
        while (h.Slack.CallsTo(SlackMethods.PostMessage).Count != count)
        {
            count = h.Slack.CallsTo(SlackMethods.PostMessage).Count;
            await Task.Delay(150);
        }

        return count;
    }
}
