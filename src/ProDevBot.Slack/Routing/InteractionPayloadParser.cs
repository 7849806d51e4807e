using System.Text.Json;
using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>Turns the <c>payload</c> form field into the record for its <c>type</c>; unknown types are kept, not refused.</summary>
internal static class InteractionPayloadParser
{
    /// <summary>Returns null when the JSON is invalid or not an object with a string <c>type</c>.</summary>
    public static InteractionPayload? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            return type.GetString() switch
            {
                "block_actions" => root.Deserialize<BlockActionsPayload>(SlackJson.Options),
                "view_submission" => root.Deserialize<ViewSubmissionPayload>(SlackJson.Options),
                "view_closed" => root.Deserialize<ViewClosedPayload>(SlackJson.Options),
                _ => root.Deserialize<UnknownInteractionPayload>(SlackJson.Options)! with { Raw = root.Clone() },
            };
        }
        catch (JsonException)
        {
            // Also covers a known type whose fields have the wrong shape (e.g. a view_submission without a view).
            return null;
        }
    }
}
