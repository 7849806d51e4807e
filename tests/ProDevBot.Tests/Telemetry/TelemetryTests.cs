using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.Telemetry;
using ProDevBot.Telemetry;
using ProDevBot.Tests.Fakes;
using Quartz.Diagnostics;

namespace ProDevBot.Tests.Telemetry;

/// <summary>
/// The spans and metrics of a signed command and the DM it sends, as a listener (what an exporter reads) sees them:
/// the names and labels documented, and nothing that names a person, a workspace, a secret or a message.
/// </summary>
public sealed partial class TelemetryTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<(string Instrument, Dictionary<string, string> Tags)> _measurements = new();
    private readonly ActivityListener _spanListener;
    private readonly MeterListener _meterListener = new();
    private readonly TraceIdLogs _logs = new();
    private readonly BotFactory _bot;

    public TelemetryTests()
    {
        _spanListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is SlackTelemetry.Name or QuartzInstrumentation.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_spanListener);

        // The hosting log lines ("Request starting …") are written inside each request's trace.
        _bot = new BotFactory(new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information" }) { Logs = _logs };
    }

    public void Dispose()
    {
        _spanListener.Dispose();
        _meterListener.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task ACommandAndItsDirectMessageAreTracedAndCountedWithoutPersonalData()
    {
        var slack = _bot.CreateSlackClient();
        ListenToThisBotsMeters();
        _bot.Slack.Settings.AddFault(new FakeSlackFault("ratelimited", Method: "chat.postMessage", Times: 1, Status: 429));

        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await slack.CommandAsync("join 2603");
        await new Simulation(_bot).SettleAsync();
        _meterListener.RecordObservableInstruments();

        var dm = _bot.Slack.CallsTo("chat.postMessage").Last(c => c.Status == 200 && c.Error is null);
        // Spans are process-wide: this bot's requests are the ones whose trace its own log lines carry.
        var commands = _spans.Where(s => s.OperationName == "slack.command" && _logs.Lines.Any(l => l.TraceId == s.TraceId.ToString())).ToList();
        Assert.Equal(2, commands.Count);
        Assert.All(commands, c =>
        {
            Assert.Equal("command", c.GetTagItem("slack.request.kind"));
            Assert.Equal("http", c.GetTagItem("slack.transport"));
            Assert.Equal(200, c.GetTagItem("slack.answer.status"));
        });
        Assert.Contains(_spans, s => s.OperationName == "chat.postMessage" && Equals(s.GetTagItem("slack.method"), "chat.postMessage"));
        Assert.Contains(_spans, s => s.OperationName == "chat.postMessage" && s.Status == ActivityStatusCode.Error && Equals(s.GetTagItem("error.type"), "ratelimited"));
        Assert.Contains(_spans, s => s.Source.Name == QuartzInstrumentation.ActivitySourceName);

        Assert.Contains(_measurements, m => m.Instrument == "prodevbot.slack.requests" && m.Tags is { Count: 3 } t && t["kind"] == "command" && t["transport"] == "http" && t["status"] == "200");
        Assert.Contains(_measurements, m => m.Instrument == "prodevbot.slack.rate_limited" && m.Tags["method"] == "chat.postMessage");
        Assert.Contains(_measurements, m => m.Instrument == "prodevbot.outbox.sends" && m.Tags["result"] == "retry");
        Assert.Contains(_measurements, m => m.Instrument == "prodevbot.outbox.sends" && m.Tags["result"] == "sent");
        Assert.Contains(_measurements, m => m.Instrument == "prodevbot.nudges" && m.Tags["kind"] == "Kickoff" && m.Tags["outcome"] is "fired" or "skipped");
        Assert.Contains(_measurements, m => m.Instrument == "prodevbot.outbox.pending");
        Assert.Contains(_measurements, m => m.Instrument == "prodevbot.outbox.oldest_age");

        // Every value an exporter would send: span names and tags, metric labels.
        var ours = _spans.Where(s => s.Source.Name == SlackTelemetry.Name)
            .SelectMany(s => s.TagObjects.Select(t => $"{t.Value}").Append(s.DisplayName).Append(s.StatusDescription ?? ""))
            .Concat(_measurements.SelectMany(m => m.Tags.Values)).ToList();
        var all = ours.Concat(_spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Value}"))).ToList();
        string[] secrets = [SlackClient.StudentId, BotFactory.CoachId, "T0TEAM0001", _bot.Slack.Settings.BotToken, BotFactory.SigningSecret, "join 2603", dm.Field("text")!];
        Assert.All(secrets, secret => Assert.DoesNotContain(all, value => value.Contains(secret, StringComparison.Ordinal)));
        Assert.DoesNotContain(ours, value => SlackId().IsMatch(value) || value.Contains("://", StringComparison.Ordinal));

        // Logs carry the trace id of the request they were written in.
        Assert.All(commands, c => Assert.Contains(_logs.Lines, l => l.Message.Contains("/slack/commands", StringComparison.Ordinal) && l.TraceId == c.TraceId.ToString()));

        // Without OTEL_EXPORTER_OTLP_ENDPOINT nothing is exported: no OpenTelemetry provider exists.
        Assert.Null(_bot.Services.GetService<TracerProvider>());
        Assert.Null(_bot.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task ASocketModeCommandIsTracedAndCountedAsOneFromTheSocket()
    {
        using var bot = new BotFactory(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "",
            ["Slack:AppToken"] = new FakeSlackSettings().AppToken,
        });
        bot.CreateSlackClient();
        await bot.Slack.SocketMode.WaitForConnectionsAsync(bot.Instances.Count); // each instance holds a connection
        ListenToMetersOf([.. bot.Instances]);

        var id = await bot.Slack.SocketMode.SendEnvelopeAsync("slash_commands", SocketMode.SocketModeEnvelopes.Command("week", SlackClient.StudentId), acceptsResponsePayload: true);
        Assert.Single(await bot.Slack.SocketMode.WaitForAcksAsync(id));

        Assert.Contains(_measurements, m => m.Instrument == "prodevbot.slack.requests" && m.Tags["kind"] == "command" && m.Tags["transport"] == "socket" && m.Tags["status"] == "200");
        // Spans are process-wide (other tests use Socket Mode too): each socket command span is checked.
        var spans = _spans.Where(s => s.OperationName == "slack.command" && Equals(s.GetTagItem("slack.transport"), "socket")).ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.DoesNotContain(s.TagObjects, t => $"{t.Value}".Contains(SlackClient.StudentId, StringComparison.Ordinal) || $"{t.Value}".Contains("week", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnOtlpEndpointTurnsExportOnAndTheBotStillStarts()
    {
        // Nothing listens there: export fails in the background, the bot does not.
        using var bot = new BotFactory(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" });
        var slack = bot.CreateSlackClient();

        var reply = await slack.CommandAsync("help");
        using var ready = await slack.Http.GetAsync("/health/ready");

        Assert.NotNull(bot.Services.GetService<TracerProvider>());
        Assert.NotNull(bot.Services.GetService<MeterProvider>());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.NotEmpty(reply.AllText);
    }

    private void ListenToThisBotsMeters() => ListenToMetersOf(_bot);

    private void ListenToMetersOf(params BotFactory[] instances)
    {
        var factories = instances.Select(bot => bot.Services.GetRequiredService<IMeterFactory>()).ToList();
        foreach (var bot in instances)
        {
            _ = bot.Services.GetRequiredService<ProDevMetrics>();
        }

        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (factories.Any(factory => ReferenceEquals(instrument.Meter.Scope, factory)))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((i, _, tags, _) => Record(i, tags));
        _meterListener.SetMeasurementEventCallback<double>((i, _, tags, _) => Record(i, tags));
        _meterListener.Start();
    }

    private void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            labels[tag.Key] = $"{tag.Value}";
        }

        _measurements.Enqueue((instrument.Name, labels));
    }

    [GeneratedRegex(@"\b[UWTD][A-Z0-9]{8,}\b")]
    private static partial Regex SlackId();
}
