using System.Text.Json;

namespace ProDevBot.Slack.SocketMode;

/// <summary>
/// One frame from Slack on a Socket Mode connection: <c>hello</c>, <c>disconnect</c>, or an envelope
/// (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>) to acknowledge with its <c>envelope_id</c>.
/// Reference: https://api.slack.com/apis/socket-mode
/// </summary>
internal sealed record SocketModeEnvelope
{
    public string? Type { get; init; }
    public string? EnvelopeId { get; init; }
    public JsonElement? Payload { get; init; }
    public bool AcceptsResponsePayload { get; init; }
    public int? RetryAttempt { get; init; }
    public string? RetryReason { get; init; }

    /// <summary>Why Slack is closing the connection, on a <c>disconnect</c> frame.</summary>
    public string? Reason { get; init; }
}
