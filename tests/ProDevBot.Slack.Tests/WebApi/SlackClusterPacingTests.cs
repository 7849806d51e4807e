using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Tests.Fakes;
using ProDevBot.Slack.WebApi;
using ProDevBot.Slack.WebApi.Pacing;

namespace ProDevBot.Slack.Tests.WebApi;

/// <summary>The seams through which several instances of a bot keep Slack's workspace limits together.</summary>
public class SlackClusterPacingTests
{
    [Fact]
    public async Task A429IsBroadcastWithTheInstantItsPauseEnds()
    {
        var broadcast = new Mock<ISlackPauseBroadcast>();
        await using var h = await SlackApiHarness.StartAsync(
            f =>
            {
                f.ForcedRetryAfterSeconds = 1;
                f.AddFault(new FakeSlackFault("ratelimited", SlackMethods.UsersInfo, Times: 1, Status: 429));
            },
            registrations: s => s.AddSingleton(broadcast.Object));
        var before = h.Time.GetUtcNow();

        await h.Api.GetUserAsync("U1", default);

        var answered = h.Slack.CallsTo(SlackMethods.UsersInfo)[0].At;
        broadcast.Verify(b => b.Paused(SlackMethods.UsersInfo, It.Is<DateTimeOffset>(
            until => until >= before.AddSeconds(1).AddMilliseconds(-1) && until <= answered.AddSeconds(1.5))), Times.Once);
        broadcast.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task APauseHeardFromAnotherInstanceHoldsThatMethodAndNoOther()
    {
        var broadcast = new Mock<ISlackPauseBroadcast>();
        var pauses = new SlackMethodPauses(TimeProvider.System, broadcast.Object);
        await using var heard = await SlackApiHarness.StartAsync(registrations: s => s.AddSingleton(pauses));
        pauses.PauseUntil(SlackMethods.UsersInfo, heard.Time.GetUtcNow().AddSeconds(2)); // wide margins: CI machines are shared

        var clock = Stopwatch.StartNew();
        await heard.Api.PostEphemeralAsync(new PostEphemeralRequest("C1", "U1", new SlackMessage("hi")), default);
        var ephemeral = clock.Elapsed;
        await heard.Api.GetUserAsync("U1", default);
        var lookup = clock.Elapsed;

        Assert.True(ephemeral < TimeSpan.FromSeconds(1.5), $"chat.postEphemeral took {ephemeral}");
        Assert.True(lookup >= TimeSpan.FromSeconds(1.9), $"users.info went after {lookup}");
        broadcast.VerifyNoOtherCalls(); // a pause heard from elsewhere is not told again
    }

    [Fact]
    public async Task TwoClientsSharingASlotScheduleKeepToOneCapTogether()
    {
        // 600/min with 0.1 s of burst: one call, then one every 100 ms, for both clients together.
        var shared = new InMemorySharedSlots();
        Action<SlackRateLimitOptions> limits = l => (l.Tier4PerMinute, l.BurstSeconds) = (600, 0.1);
        await using var one = await SlackApiHarness.StartAsync(limits: limits, registrations: s => s.AddSingleton<ISlackSharedSlots>(shared));
        await using var two = await SlackApiHarness.StartAsync(limits: limits, registrations: s => s.AddSingleton<ISlackSharedSlots>(shared));

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, 5).SelectMany(i => new[] { one, two }.Select(h => h.Api.GetUserAsync($"U{i}", default))));

        // Ten calls, nine intervals; each client alone would have taken four (0.4 s).
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(850), $"ten calls took {clock.Elapsed}");
    }
}
