using Microsoft.Extensions.Time.Testing;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Slack.Tests.WebApi;

/// <summary>response_url posts are limited per URL (5 in 30 minutes), never paced bot-wide.</summary>
public class SlackResponseUrlTests
{
    [Fact]
    public async Task PostsToDifferentResponseUrlsDoNotWaitOnEachOther()
    {
        // Rates as shipped (Tier 2 is 20 a minute); the fake clock stands still, so any pacing would hang.
        var time = new FakeTimeProvider();
        await using var h = await SlackApiHarness.StartAsync(limits: l => l.Tier2PerMinute = 20, time: time);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => h.Api.PostToResponseUrlAsync(h.Slack.ResponseUrl($"click-{i}"), new SlackMessage("redrawn"), default)))
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(10, h.Slack.CallsTo(SlackMethods.ResponseUrl).Count);
    }

    [Fact]
    public async Task ASixthPostToOneResponseUrlIsRefusedWithoutBeingSent()
    {
        var time = new FakeTimeProvider();
        await using var h = await SlackApiHarness.StartAsync(time: time);
        var url = h.Slack.ResponseUrl("one-message");
        for (var i = 0; i < 5; i++)
        {
            await h.Api.PostToResponseUrlAsync(url, new SlackMessage($"update {i}"), default);
        }

        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.PostToResponseUrlAsync(url, new SlackMessage("sixth"), default));
        time.Advance(TimeSpan.FromMinutes(31));
        await h.Api.PostToResponseUrlAsync(url, new SlackMessage("later"), default);

        Assert.Equal(("response_url_used_up", SlackErrorKind.Permanent), (error.Error, error.Kind));
        Assert.Equal(6, h.Slack.CallsTo(SlackMethods.ResponseUrl).Count);
    }
}
