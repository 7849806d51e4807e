using Microsoft.Extensions.Time.Testing;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Slack.Tests.WebApi;

public class SlackApiCircuitBreakerTests
{
    [Fact]
    public async Task BreakerOpensAfterSustainedFailuresFailsFastAndRecoversByItself()
    {
        var time = new FakeTimeProvider();
        await using var h = await SlackApiHarness.StartAsync(
            f => f.ServerErrorRate = 1,
            resilience: r =>
            {
                r.MaxRetries = 0;
                r.BreakerMinimumThroughput = 4;
                r.BreakerFailureRatio = 0.5;
                r.BreakerBreakDuration = TimeSpan.FromSeconds(5);
            },
            time: time);

        for (var i = 0; i < 4; i++)
        {
            var failure = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.OpenDirectMessageAsync("U1", default));
            Assert.Equal("http_503", failure.Error);
        }

        var open = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.OpenDirectMessageAsync("U1", default));
        Assert.Equal(("circuit_open", SlackErrorKind.Transient), (open.Error, open.Kind));
        Assert.Equal(4, h.Slack.Calls.Count);

        h.Slack.Settings.ServerErrorRate = 0;
        time.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal("D1", await h.Api.OpenDirectMessageAsync("U1", default));
        Assert.Equal("D2", await h.Api.OpenDirectMessageAsync("U2", default));
    }

    [Fact]
    public async Task RateLimitsDoNotOpenTheBreaker()
    {
        await using var h = await SlackApiHarness.StartAsync(
            f => f.AddFault(new FakeSlackFault("ratelimited", Times: 4, Status: 429)),
            limits: l => l.DefaultRetryAfter = TimeSpan.FromMilliseconds(10),
            resilience: r =>
            {
                r.MaxRetries = 5;
                r.BreakerMinimumThroughput = 2;
            });
        h.Slack.Settings.OmitRetryAfter = true;

        Assert.Equal("D1", await h.Api.OpenDirectMessageAsync("U1", default));
        Assert.Equal(5, h.Slack.Calls.Count);
    }
}
