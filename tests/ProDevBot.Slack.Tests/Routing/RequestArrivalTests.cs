using ProDevBot.Slack.Payloads;
using static ProDevBot.Slack.Tests.Fakes.SlackTestHost;

namespace ProDevBot.Slack.Tests.Routing;

/// <summary>Handlers learn when Slack's request arrived (from the host's TimeProvider), to count the trigger's 3 s from.</summary>
public class RequestArrivalTests
{
    private const string FormType = "application/x-www-form-urlencoded";

    [Fact]
    public async Task ASlashCommandCarriesTheInstantItArrived()
    {
        await using var host = await StartAsync();
        host.Time.Advance(TimeSpan.FromMinutes(7));

        await host.SendAsync(host.SignedPost("/slack/commands", SlashCommandEndpointTests.CommandBody(), FormType));

        var command = Assert.IsType<SlashCommand>(Assert.Single(host.Recorder.Calls));
        Assert.Equal(host.Time.GetUtcNow(), command.ReceivedAt);
    }

    [Fact]
    public async Task AnInteractionCarriesTheInstantItArrivedAndIgnoresOneInThePayload()
    {
        await using var host = await StartAsync();
        host.Time.Advance(TimeSpan.FromMinutes(7));
        const string Json = """{"type":"block_actions","received_at":"2001-01-01T00:00:00Z","user":{"id":"U1"},"actions":[{"type":"button","action_id":"done","action_ts":"1.1"}]}""";

        await host.SendAsync(host.SignedPost("/slack/interactions", Form(("payload", Json)), FormType));

        var payload = Assert.IsType<BlockActionsPayload>(Assert.Single(host.Recorder.Calls));
        Assert.Equal(host.Time.GetUtcNow(), payload.ReceivedAt);
    }
}
