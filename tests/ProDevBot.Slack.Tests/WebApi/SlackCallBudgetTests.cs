using Microsoft.Extensions.Time.Testing;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Slack.Tests.WebApi;

/// <summary>
/// Calls with a deadline. The client's clock is fake and stands still unless a test moves it: a call that finishes
/// without the clock moving waited on no pacer.
/// </summary>
public class SlackCallBudgetTests
{
    private static readonly SlackViewDefinition Modal = SlackViewDefinition.Modal("Reflect", [new DividerBlock()], "reflect");

    [Fact]
    public async Task ThirtyViewsOpenAtOnceGoOutTogetherAboveTheTier()
    {
        var time = new FakeTimeProvider();
        await using var h = await SlackApiHarness.StartAsync(
            f => f.EnforceRateLimits = true, limits: l => l.Tier4PerMinute = 100, time: time);

        var opened = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => h.Api.OpenViewAsync($"trigger-{i}", Modal, h.ForRequestNow(), default)))
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(30, opened.Length);
        Assert.Equal(0, h.Slack.Stats().RateLimited);
    }

    [Fact]
    public async Task ARateLimitThatOutlastsTheDeadlineFailsAtOnceWithoutASecondCall()
    {
        var time = new FakeTimeProvider();
        await using var h = await SlackApiHarness.StartAsync(
            f =>
            {
                f.ForcedRetryAfterSeconds = 30;
                f.AddFault(new FakeSlackFault("ratelimited", SlackMethods.ViewsOpen, Times: 1, Status: 429));
            },
            time: time);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.OpenViewAsync("t", Modal, h.ForRequestNow(), default))
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(("ratelimited", SlackErrorKind.Transient), (error.Error, error.Kind));
        Assert.Single(h.Slack.CallsTo(SlackMethods.ViewsOpen));
    }

    [Fact]
    public async Task ATransientFailureIsTriedAgainInsideTheDeadline()
    {
        await using var h = await SlackApiHarness.StartAsync(
            f => f.AddFault(new FakeSlackFault("service_unavailable", SlackMethods.ViewsOpen, Times: 1)), time: new FakeTimeProvider());

        await h.Api.OpenViewAsync("t", Modal, h.ForRequestNow(), default).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, h.Slack.CallsTo(SlackMethods.ViewsOpen).Count);
    }

    [Fact]
    public async Task ACallPastItsDeadlineIsNotSent()
    {
        var time = new FakeTimeProvider();
        await using var h = await SlackApiHarness.StartAsync(time: time);
        var arrived = time.GetUtcNow();
        time.Advance(TimeSpan.FromSeconds(3));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.OpenViewAsync("t", Modal, SlackCallBudget.ForRequest(arrived), default));

        Assert.Equal("deadline_exceeded", error.Error);
        Assert.Empty(h.Slack.Calls);
    }

    [Fact]
    public async Task APacedCallWhoseDeadlinePassesWhileItWaitsForItsTurnIsNeverSent()
    {
        var time = new FakeTimeProvider();
        await using var h = await SlackApiHarness.StartAsync(
            limits: l =>
            {
                l.PostMessagePerMinute = 60; // one a second, no burst
                l.BurstSeconds = 1;
            },
            time: time);
        await h.Api.PostMessageAsync(new PostMessageRequest("C1", new SlackMessage("first")), default);

        var late = h.Api.PostMessageAsync(
            new PostMessageRequest("C2", new SlackMessage("second")) { Budget = SlackCallBudget.SingleAttempt(time.GetUtcNow().AddMilliseconds(500)) },
            default);
        time.Advance(TimeSpan.FromMilliseconds(600));
        var error = await Assert.ThrowsAsync<SlackApiException>(() => late).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("deadline_exceeded", error.Error);
        Assert.Single(h.Slack.CallsTo(SlackMethods.PostMessage));
    }

    [Fact]
    public async Task ASingleAttemptBudgetMakesOneHttpAttemptWhateverTheClientsRetries()
    {
        var time = new FakeTimeProvider();
        await using var h = await SlackApiHarness.StartAsync(f => f.ServerErrorRate = 1, resilience: r => r.MaxRetries = 3, time: time);

        var request = new PostMessageRequest("C1", new SlackMessage("hi")) { Budget = SlackCallBudget.SingleAttempt(time.GetUtcNow().AddSeconds(20)) };
        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.PostMessageAsync(request, default)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("http_503", error.Error);
        Assert.Single(h.Slack.CallsTo(SlackMethods.PostMessage));
    }
}
