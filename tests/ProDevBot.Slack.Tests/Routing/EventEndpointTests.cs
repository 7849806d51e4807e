using System.Net;
using System.Text.Json;
using ProDevBot.Slack.Payloads;
using static ProDevBot.Slack.Tests.Fakes.SlackTestHost;

namespace ProDevBot.Slack.Tests.Routing;

public class EventEndpointTests
{
    private const string JsonType = "application/json";

    private const string AppHomeOpened = """
        {"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev1","event_time":1700000000,
         "authorizations":[{"team_id":"T1","user_id":"UB","is_bot":true}],
         "event":{"type":"app_home_opened","user":"U1","channel":"D1","tab":"home","event_ts":"1700000000.1"}}
        """;

    [Fact]
    public async Task EchoesUrlVerificationChallenge()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/events",
            """{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", JsonType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json.RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task DispatchesEventCallbackToHandlerForItsType()
    {
        await using var host = await StartAsync();
        var request = host.SignedPost("/slack/events", AppHomeOpened, "application/json; charset=utf-8");
        request.Headers.Add("X-Slack-Retry-Num", "2");
        request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");

        var response = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var callback = Assert.IsType<EventCallback>(Assert.Single(host.Recorder.Calls));
        Assert.Equal(("T1", "A1", "Ev1", 1_700_000_000L, "app_home_opened"), (callback.TeamId, callback.ApiAppId, callback.EventId, callback.EventTime, callback.EventType));
        Assert.Equal("home", callback.Event.GetProperty("tab").GetString());
        Assert.Equal((2, "http_timeout"), (callback.RetryNum, callback.RetryReason));
    }

    [Fact]
    public async Task AcknowledgesEventsNobodyHandles()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/events", AppHomeOpened.Replace("app_home_opened", "reaction_added", StringComparison.Ordinal), JsonType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task AcknowledgesUnknownEnvelopeTypes()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/events", """{"type":"app_rate_limited","team_id":"T1"}""", JsonType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"type":"event_callback","team_id":"T1","event_id":"Ev1"}""")]
    [InlineData("""{"type":"url_verification"}""")]
    public async Task RefusesInvalidJsonWith400(string body)
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/events", body, JsonType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain('\n', await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task RefusesFormContentTypeWith415()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/events", AppHomeOpened, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"type":"app_home_opened\ud800","user":"U1","tab":"home"}""")]
    [InlineData("""{"type":"app_home_opened","user":"U1\udc00","tab":"home"}""")]
    [InlineData("""{"type":"app_home_opened","user":"U1","tab":"home","view":{"blocks":[{"\ud800":1}]}}""")]
    public async Task RefusesAnEventWithHalfASurrogatePairWith400BeforeAnyHandler(string inner)
    {
        await using var host = await StartAsync();
        var body = $$"""{"type":"event_callback","team_id":"T1","event_id":"EvSur1","event_time":1700000000,"event":{{inner}}}""";

        var response = await host.SendAsync(host.SignedPost("/slack/events", body, JsonType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Recorder.Calls);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }
}
