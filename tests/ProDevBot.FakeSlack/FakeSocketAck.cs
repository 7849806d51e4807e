using System.Text.Json;

namespace ProDevBot.FakeSlack;

/// <summary>
/// An ack the bot sent on a Socket Mode connection: the envelope it names, its <c>payload</c> (null when it had none),
/// the connection it came on (1 = first), and the time from sending the envelope to receiving the ack.
/// </summary>
public sealed record FakeSocketAck(string EnvelopeId, JsonElement? Payload, int Connection, TimeSpan Latency);
