using System.Text.Json;
using System.Text.Json.Nodes;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.SocketMode;

/// <summary>Envelope payloads as Slack sends them in Socket Mode: the same fields as over HTTP, as JSON.</summary>
internal static class SocketModeEnvelopes
{
    /// <summary>A slash command's payload: the form fields of <see cref="SlackClient.FormBody"/> as strings.</summary>
    public static JsonObject Command(string text, string userId = SlackClient.StudentId)
    {
        var payload = new JsonObject();
        foreach (var pair in SlackClient.FormBody(text, userId).Split('&'))
        {
            var (key, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            payload[key] = Uri.UnescapeDataString(value);
        }

        return payload;
    }

    public static JsonNode Interaction(object payload) => JsonNode.Parse(JsonSerializer.Serialize(payload))!;

    public static JsonNode Event(string eventJson) => JsonNode.Parse(eventJson)!;
}
