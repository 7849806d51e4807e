using ProDevBot.FakeSlack;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Slack.Tests.WebApi;

public class SlackApiErrorTests
{
    private static PostMessageRequest Hello(string channel = "C1") => new(channel, new SlackMessage("hello"));

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("is_archived")]
    [InlineData("invalid_blocks")]
    [InlineData("msg_too_long")]
    [InlineData("no_permission")]
    [InlineData("access_denied")]
    [InlineData("team_access_not_granted")]
    public async Task PermanentErrorThrowsPermanentWithoutRetrying(string error)
    {
        await using var h = await SlackApiHarness.StartAsync(f => f.AddFault(new FakeSlackFault(error, Channel: "C404")));

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.PostMessageAsync(Hello("C404"), default));

        Assert.Equal((SlackMethods.PostMessage, error, SlackErrorKind.Permanent), (ex.Method, ex.Error, ex.Kind));
        Assert.Single(h.Slack.Calls);
    }

    [Theory]
    [InlineData("token_revoked")]
    [InlineData("missing_scope")]
    [InlineData("not_authed")]
    [InlineData("invalid_auth")]
    [InlineData("account_inactive")]
    public async Task AuthorizationErrorThrowsAuthorizationWithoutRetrying(string error)
    {
        await using var h = await SlackApiHarness.StartAsync(f => f.AddFault(new FakeSlackFault(error)));

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.OpenDirectMessageAsync("U1", default));

        Assert.Equal(SlackErrorKind.Authorization, ex.Kind);
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task WrongTokenIsInvalidAuth()
    {
        await using var h = await SlackApiHarness.StartAsync(f => f.BotToken = "xoxb-another");

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.PostMessageAsync(Hello(), default));

        Assert.Equal(("invalid_auth", SlackErrorKind.Authorization), (ex.Error, ex.Kind));
        Assert.Equal(SlackApiHarness.Token, h.Slack.Calls.Single().Token);
    }

    [Fact]
    public async Task UnknownErrorIsPermanentAndLogged()
    {
        await using var h = await SlackApiHarness.StartAsync(f => f.AddFault(new FakeSlackFault("brand_new_error")));

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.PostMessageAsync(Hello(), default));

        Assert.Equal(SlackErrorKind.Permanent, ex.Kind);
        Assert.Single(h.Slack.Calls);
        Assert.Contains(h.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Text.Contains("brand_new_error", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("service_unavailable", 200)]
    [InlineData("fatal_error", 200)]
    [InlineData("internal_error", 200)]
    [InlineData("http_503", 503)]
    [InlineData("http_500", 500)]
    public async Task TransientFailureIsRetriedThreeTimesThenThrown(string error, int status)
    {
        await using var h = await SlackApiHarness.StartAsync(f => f.AddFault(new FakeSlackFault(error, Status: status)));

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.PostMessageAsync(Hello(), default));

        Assert.Equal((error, SlackErrorKind.Transient), (ex.Error, ex.Kind));
        Assert.Equal(4, h.Slack.CallsTo(SlackMethods.PostMessage).Count);
    }

    [Fact]
    public async Task TransientFailureThatClearsSucceedsOnRetry()
    {
        await using var h = await SlackApiHarness.StartAsync(f => f.AddFault(new FakeSlackFault("service_unavailable", Times: 2)));

        var posted = await h.Api.PostMessageAsync(Hello(), default);

        Assert.Equal("C1", posted.Channel);
        Assert.Equal(3, h.Slack.Calls.Count);
    }

    [Fact]
    public async Task DroppedConnectionIsTransientConnectionFailure()
    {
        await using var h = await SlackApiHarness.StartAsync(f => f.DropConnectionRate = 1, resilience: r => r.MaxRetries = 1);

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.PostMessageAsync(Hello(), default));

        Assert.Equal(("connection_failed", SlackErrorKind.Transient), (ex.Error, ex.Kind));
        Assert.Equal(2, h.Slack.Calls.Count);
    }
}
