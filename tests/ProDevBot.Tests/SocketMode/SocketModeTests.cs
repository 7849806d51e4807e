using System.Net;
using System.Text.Json;
using ProDevBot.FakeSlack;
using ProDevBot.NetworkLog;
using ProDevBot.Tests.Fakes;
using ProDevBot.Tests.Home;
using static ProDevBot.Tests.Fakes.InteractionPayloads;
using static ProDevBot.Tests.SocketMode.SocketModeEnvelopes;

namespace ProDevBot.Tests.SocketMode;

/// <summary>The whole bot in Socket Mode: the real host, FakeSlack's WebSocket on loopback, no signing secret.</summary>
public sealed class SocketModeTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private readonly BotFactory _bot;
    private SlackClient _http = null!;

    public SocketModeTests()
    {
        _bot = new BotFactory(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "",
            ["Slack:AppToken"] = new FakeSlackSettings().AppToken,
        })
        { Logs = _logs };
    }

    private FakeSocketMode Socket => _bot.Slack.SocketMode;

    public async Task InitializeAsync()
    {
        _http = _bot.CreateSlackClient();
        await Socket.WaitForConnectionsAsync(_bot.Instances.Count); // on a cluster each instance holds a connection
    }

    public Task DisposeAsync()
    {
        _bot.Dispose(); // a second Dispose is a no-op
        return Task.CompletedTask;
    }

    private async Task<FakeSocketAck> CommandAsync(string text, string userId = SlackClient.StudentId)
    {
        var id = await Socket.SendEnvelopeAsync("slash_commands", Command(text, userId), acceptsResponsePayload: true);
        return Assert.Single(await Socket.WaitForAcksAsync(id));
    }

    [Fact]
    public async Task SlashCommandIsAnsweredInTheAcksPayload()
    {
        var ack = await CommandAsync("help");

        var payload = Assert.NotNull(ack.Payload);
        Assert.Equal("ephemeral", payload.GetProperty("response_type").GetString());
        Assert.Contains("/prodev", payload.GetRawText(), StringComparison.Ordinal);
        Assert.True(ack.Latency < TimeSpan.FromSeconds(3), $"ack after {ack.Latency}");
    }

    [Fact]
    public async Task HttpEndpointsStayUpAndRefuseUnsignedRequestsWithoutASigningSecret()
    {
        using var command = await _http.SendCommandAsync("help");
        using var health = await _http.Http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, command.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task CommandOpensTheModalThroughViewsOpen()
    {
        await JoinACohortAsync();

        await CommandAsync("log");

        var call = Assert.Single(_bot.Slack.CallsTo("views.open"));
        Assert.Equal("1.2.3", call.Field("trigger_id"));
        Assert.Equal("network_log", call.Body.GetProperty("view").GetProperty("callback_id").GetString());
    }

    [Fact]
    public async Task ViewSubmissionErrorsComeBackAsResponseActionInTheAck()
    {
        await JoinACohortAsync();
        var form = new Dictionary<string, Dictionary<string, object?>>
        {
            [NetworkLogIds.Name] = new() { [NetworkLogIds.Value] = Text(null) },
            [NetworkLogIds.Kind] = new() { [NetworkLogIds.Value] = Select("CoffeeChat") },
            [NetworkLogIds.OccurredOn] = new() { [NetworkLogIds.Value] = Date("2026-03-10") },
            [NetworkLogIds.Learned] = new() { [NetworkLogIds.Value] = Text("Pair programming matters.") },
        };

        var id = await Socket.SendEnvelopeAsync("interactive", Interaction(ViewSubmission("network_log", null, form)), acceptsResponsePayload: true);

        var payload = Assert.NotNull(Assert.Single(await Socket.WaitForAcksAsync(id)).Payload);
        Assert.Equal("errors", payload.GetProperty("response_action").GetString());
        Assert.Contains("Add the name", payload.GetProperty("errors").GetProperty(NetworkLogIds.Name).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedeliveredEnvelopeIsAckedAgainButHandledOnce()
    {
        var id = await Socket.SendEnvelopeAsync("events_api", Event(SlackEvents.AppHomeOpened("Ev0SOCK0001")));
        await Socket.WaitForAcksAsync(id);
        await Socket.SendEnvelopeAsync("events_api", Event(SlackEvents.AppHomeOpened("Ev0SOCK0001")), envelopeId: id, retryAttempt: 1);
        var other = await Socket.SendEnvelopeAsync("events_api", Event(SlackEvents.AppHomeOpened("Ev0SOCK0001")), retryAttempt: 2);

        Assert.Equal(2, (await Socket.WaitForAcksAsync(id, count: 2)).Count);
        Assert.Single(await Socket.WaitForAcksAsync(other));
        Assert.Single(_bot.Slack.CallsTo("views.publish"));
    }

    [Fact]
    public async Task RedeliveredSlashCommandRunsOnceAndGetsTheFirstReplyAgain()
    {
        var command = Command("cohort add 2604 module 1 starts 2026-03-02", BotFactory.CoachId);
        var id = await Socket.SendEnvelopeAsync("slash_commands", command, acceptsResponsePayload: true);
        await Socket.WaitForAcksAsync(id);
        await Socket.SendEnvelopeAsync("slash_commands", command, acceptsResponsePayload: true, envelopeId: id, retryAttempt: 1);

        var acks = await Socket.WaitForAcksAsync(id, count: 2);

        Assert.Equal(2, acks.Count);
        Assert.Equal(acks[0].Payload!.Value.GetRawText(), acks[1].Payload!.Value.GetRawText());
        var again = await CommandAsync("cohort add 2604 module 1 starts 2026-03-02", BotFactory.CoachId);
        Assert.NotEqual(acks[0].Payload!.Value.GetRawText(), again.Payload!.Value.GetRawText());
    }

    [Fact]
    public async Task RefreshRequestedMidTrafficOpensANewConnectionFirstAndLosesNoEnvelope()
    {
        var before = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            before.Add(await Socket.SendEnvelopeAsync("events_api", Event(SlackEvents.AppHomeOpened($"Ev0OLD{i}"))));
        }

        var instances = _bot.Instances.Count;
        await Socket.SendDisconnectAsync("refresh_requested"); // to the newest connection: one instance replaces its own
        await Socket.WaitForConnectionsAsync(instances + 1);
        var after = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            after.Add(await Socket.SendEnvelopeAsync("events_api", Event(SlackEvents.AppHomeOpened($"Ev0NEW{i}"))));
        }

        foreach (var id in before.Concat(after))
        {
            Assert.Single(await Socket.WaitForAcksAsync(id));
        }

        Assert.Equal((instances + 1, instances + 1), (Socket.Opens, Socket.Connections));
        Assert.All(after, id => Assert.Equal(instances + 1, Socket.Acks.Single(a => a.EnvelopeId == id).Connection));
        Assert.Equal(6, _bot.Slack.CallsTo("views.publish").Count);
        await WaitUntilAsync(() => Socket.NormalCloses == 1);
        Assert.Equal(1, Socket.NormalCloses);
    }

    [Fact]
    public async Task LinkDisabledStopsSocketModeWithAnErrorInTheLog()
    {
        await Socket.SendDisconnectAsync("link_disabled");

        await WaitUntilAsync(() => Socket.NormalCloses == 1);
        _bot.Clock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(200);

        Assert.Equal((_bot.Instances.Count, 1), (Socket.Opens, Socket.NormalCloses)); // only the told instance stops
        Assert.Contains(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("link_disabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADroppedSocketIsReconnectedAfterABackoffWithAFreshUrl()
    {
        var instances = _bot.Instances.Count;
        Socket.Drop();

        for (var i = 0; i < 100 && Socket.Connections < instances + 1; i++)
        {
            _bot.Clock.Advance(TimeSpan.FromSeconds(1)); // the backoff runs on the bot's clock
            await Task.Delay(20);
        }

        Assert.Equal((instances + 1, instances + 1), (Socket.Opens, Socket.Connections));
        Assert.NotNull(Assert.Single(await Socket.WaitForAcksAsync(await Socket.SendEnvelopeAsync("slash_commands", Command("help"), true))).Payload);
    }

    [Fact]
    public async Task ShuttingDownClosesTheSocketWithANormalClose()
    {
        await CommandAsync("help");
        var instances = _bot.Instances.Count;

        await DisposeAsync();

        Assert.Equal(instances, Socket.NormalCloses); // each instance closes its own
    }

    [Fact]
    public async Task TheAppTokenNeverAppearsInTheLogs()
    {
        await CommandAsync("help");
        await Socket.SendDisconnectAsync("warning");
        await Socket.WaitForConnectionsAsync(2);

        Assert.Contains(_logs.Lines, l => l.Contains("Socket Mode connection to Slack is open", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(_bot.Slack.Settings.AppToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CoachOnlyEntriesAreRefusedToAStudentAndHelpFitsTheAudienceOverTheSocket()
    {
        var refused = await CommandAsync("cohort add 2603 module 1 starts 2026-03-02");
        var studentHelp = await CommandAsync("help");
        var coachHelp = await CommandAsync("help", BotFactory.CoachId);
        var click = await Socket.SendEnvelopeAsync("interactive",
            Interaction(BlockActions(Button("student_record", SlackClient.StudentId), _bot.Slack.ResponseUrl("digest-1"))), acceptsResponsePayload: false);
        await Socket.WaitForAcksAsync(click);

        Assert.Contains("Sorry, `/prodev cohort` is for ProDev coaches", TextOf(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("/prodev cohort add", TextOf(studentHelp), StringComparison.Ordinal);
        Assert.Contains("/prodev cohort add", TextOf(coachHelp), StringComparison.Ordinal);
        var answer = Assert.Single(_bot.Slack.CallsTo("response_url"));
        Assert.Contains("Sorry, this button is for ProDev coaches", answer.Body.GetRawText(), StringComparison.Ordinal);
    }

    private static string TextOf(FakeSocketAck ack) => new SlackReply(HttpStatusCode.OK, Assert.NotNull(ack.Payload).GetRawText()).AllText;

    private async Task JoinACohortAsync()
    {
        await CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await new Simulation(_bot).SettleAsync();
        await CommandAsync("join 2603");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 250 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }
}
