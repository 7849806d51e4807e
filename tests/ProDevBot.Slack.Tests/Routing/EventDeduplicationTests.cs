using System.Net;
using ProDevBot.Slack.Payloads;
using static ProDevBot.Slack.Tests.Fakes.SlackTestHost;

namespace ProDevBot.Slack.Tests.Routing;

public class EventDeduplicationTests
{
    private const string JsonType = "application/json";

    private static string Event(string eventId, string type) =>
        $$$"""
        {"team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"{{{eventId}}}","event_time":1700000000,
         "event":{"type":"{{{type}}}","user":"U1","channel":"D1","tab":"home","event_ts":"1700000000.1"}}
        """;

    [Fact]
    public async Task EventTheDeduplicatorHasSeenIsAcknowledgedWithoutRunningHandlers()
    {
        await using var host = await StartAsync();
        var request = host.SignedPost("/slack/events", Event("EvSeen1", "app_home_opened"), JsonType);
        request.Headers.Add("X-Slack-Retry-Num", "1");

        var response = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task NewEventIsDispatched()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/events", Event("EvNew1", "app_home_opened"), JsonType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("EvNew1", Assert.IsType<EventCallback>(Assert.Single(host.Recorder.Calls)).EventId);
    }

    [Fact]
    public async Task ThrowingMemberJoinedHandlerStillGets200AndIsLogged()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/events", Event("EvBoom1", "member_joined_channel"), JsonType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Recorder.Calls);
        Assert.Contains(host.Logs.Entries, e => e.Text.Contains("ThrowingMemberJoinedHandler failed on member_joined_channel EvBoom1", StringComparison.Ordinal));
    }
}
