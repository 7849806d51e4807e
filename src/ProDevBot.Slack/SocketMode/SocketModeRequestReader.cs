using System.Text.Json;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Slack.SocketMode;

/// <summary>
/// Reads an envelope's <c>payload</c> into the same request records the HTTP endpoints build (with the same
/// checks: a malformed payload is refused, not dispatched) and asks the dispatcher for the answer.
/// </summary>
internal static class SocketModeRequestReader
{
    public static async Task<SlackAnswer> AnswerAsync(
        SocketModeEnvelope envelope, SlackDispatcher dispatcher, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (envelope.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return envelope.Type is "slash_commands" or "interactive" or "events_api"
                ? SlackAnswer.Reject(400, "Envelope has no payload object.")
                : SlackAnswer.Ok;
        }

        switch (envelope.Type)
        {
            case "slash_commands":
                var (command, problem) = SlashCommandReader.Read(name => Field(payload, name), receivedAt);
                return command is null
                    ? SlackAnswer.Reject(400, problem!)
                    : await dispatcher.AnswerAsync(command, cancellationToken);
            case "interactive":
                return InteractionPayloadParser.TryParse(payload.GetRawText()) is { } interaction
                    ? await dispatcher.AnswerAsync(interaction with { ReceivedAt = receivedAt }, cancellationToken)
                    : SlackAnswer.Reject(400, "Payload is not a valid interaction payload.");
            case "events_api":
                if (EventEnvelopeReader.Parse(JsonSerializer.SerializeToUtf8Bytes(payload)) is not { } events)
                {
                    return SlackAnswer.Reject(400, "Payload is not a valid JSON event envelope.");
                }

                var (callback, answer) = EventEnvelopeReader.Read(
                    events, envelope.RetryAttempt is > 0 ? envelope.RetryAttempt : null, envelope.RetryReason, receivedAt);
                return callback is null ? answer : await dispatcher.AnswerAsync(callback, cancellationToken);
            default:
                // Types Slack may add later are acknowledged, as the HTTP events endpoint does.
                return SlackAnswer.Ok;
        }
    }

    // A slash command's payload carries the form's fields as strings; anything else counts as absent.
    private static string? Field(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
