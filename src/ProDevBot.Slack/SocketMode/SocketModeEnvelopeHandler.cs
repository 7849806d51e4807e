using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.Telemetry;

namespace ProDevBot.Slack.SocketMode;

/// <summary>
/// Turns a Socket Mode envelope into the same transport-free request the HTTP endpoints build, answers it with the
/// <see cref="SlackDispatcher"/> in a scope of its own, and acks it. An envelope Slack redelivers (a late ack, a
/// reconnect) is answered once: the redelivery gets the first answer's ack again.
/// </summary>
internal sealed class SocketModeEnvelopeHandler(IServiceScopeFactory scopes, TimeProvider time, SlackTelemetry telemetry, ILoggerFactory loggers)
{
    /// <summary>Slack redelivers within minutes; an envelope_id older than this is forgotten.</summary>
    internal static readonly TimeSpan DedupeWindow = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Answered> _answered = new(StringComparer.Ordinal);
    private readonly ILogger _logger = loggers.CreateLogger("ProDevBot.Slack.SocketMode");
    private readonly ILogger _routingLogger = loggers.CreateLogger("ProDevBot.Slack.Routing");
    private DateTimeOffset _lastPurge;

    public async Task HandleAsync(SocketModeEnvelope envelope, SocketModeConnection connection, CancellationToken cancellationToken)
    {
        if (envelope.Type == "hello")
        {
            _logger.LogInformation("Socket Mode connection to Slack is open");
            return;
        }

        if (envelope.EnvelopeId is not { Length: > 0 } id)
        {
            _logger.LogWarning("Ignored a Socket Mode frame of type {Type} without an envelope_id", envelope.Type);
            return;
        }

        var now = time.GetUtcNow();
        Purge(now);
        var mine = new Answered(new Lazy<Task<byte[]>>(() => AnswerAsync(envelope, id, now, cancellationToken)), now);
        var answered = _answered.GetOrAdd(id, mine);
        if (!ReferenceEquals(answered, mine))
        {
            _logger.LogInformation("Socket Mode envelope {EnvelopeId} redelivered (attempt {RetryAttempt}); acknowledged with the first answer", id, envelope.RetryAttempt);
        }

        var ack = await answered.Ack.Value;
        try
        {
            // Not the shutdown token: a cancelled send aborts the socket, and an answered envelope's ack should still go out.
            await connection.SendAsync(ack, CancellationToken.None);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // Slack redelivers an unacknowledged envelope, and the redelivery gets this same ack.
            _logger.LogWarning("Could not acknowledge Socket Mode envelope {EnvelopeId}: the connection closed", id);
        }
    }

    private async Task<byte[]> AnswerAsync(SocketModeEnvelope envelope, string id, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var kind = envelope.Type switch
        {
            "slash_commands" => "command",
            "interactive" => "interaction",
            "events_api" => "event",
            _ => "other",
        };
        using var activity = SlackTelemetry.StartRequest(kind, "socket");
        SlackAnswer answer;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var dispatcher = new SlackDispatcher(scope.ServiceProvider, _routingLogger);
            answer = await SocketModeRequestReader.AnswerAsync(envelope, dispatcher, receivedAt, cancellationToken);
        }
        catch (Exception e)
        {
            // Acknowledged anyway: a redelivery would fail the same way. The payload is not logged.
            _logger.LogError(e, "Unexpected failure answering a Socket Mode {Type} envelope", envelope.Type);
            answer = SlackAnswer.Ok;
        }

        telemetry.Answered(activity, kind, "socket", answer.StatusCode);
        if (!answer.IsSuccess)
        {
            _logger.LogWarning("Refused a Socket Mode {Type} envelope: {Reason}", envelope.Type, answer.Reason);
        }

        return Ack(id, envelope.AcceptsResponsePayload && answer.IsSuccess ? answer.Body : null);
    }

    internal static byte[] Ack(string envelopeId, object? payload)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("envelope_id", envelopeId);
            if (payload is not null)
            {
                writer.WritePropertyName("payload");
                JsonSerializer.Serialize(writer, payload, payload.GetType(), SlackJson.Options);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private void Purge(DateTimeOffset now)
    {
        if (now - _lastPurge < TimeSpan.FromSeconds(30))
        {
            return;
        }

        _lastPurge = now;
        foreach (var (id, answered) in _answered)
        {
            if (now - answered.At > DedupeWindow)
            {
                _answered.TryRemove(id, out _);
            }
        }
    }

    private sealed record Answered(Lazy<Task<byte[]>> Ack, DateTimeOffset At);
}
