using System.Text.Json;
using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>Turns the <c>payload</c> form field into the record for its <c>type</c>; unknown types are kept, not refused.</summary>
internal static class InteractionPayloadParser
{
    /// <summary>
    /// Returns null when the JSON is invalid, not an object with a string <c>type</c>, or a known type whose fields
    /// have the wrong shape (a null where Slack always sends a value, a null in a list, a field of the wrong type).
    /// </summary>
    public static InteractionPayload? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String
                || !ReadableJson.Check(root))
            {
                return null;
            }

            InteractionPayload? payload = type.GetString() switch
            {
                "block_actions" => root.Deserialize<BlockActionsPayload>(SlackJson.Inbound),
                "view_submission" => root.Deserialize<ViewSubmissionPayload>(SlackJson.Inbound),
                "view_closed" => root.Deserialize<ViewClosedPayload>(SlackJson.Inbound),
                _ => root.Deserialize<UnknownInteractionPayload>(SlackJson.Inbound)! with { Raw = root.Clone() },
            };
            return IsWellFormed(payload) ? payload : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // JsonException: invalid JSON, a wrong type or a null where a value is required.
            // InvalidOperationException: text that is not valid UTF-16 (a lone surrogate escape).
            return null;
        }
    }

    // The serializer checks each property's nullability but not the elements of lists and dictionaries.
    private static bool IsWellFormed(InteractionPayload? payload) => payload switch
    {
        null => false,
        { User.Id: { Length: > 0 } id } when !SlackIds.IsUser(id) => false,
        BlockActionsPayload clicks => clicks.Actions.All(a => a is not null && (a.SelectedOptions ?? []).All(o => o is not null))
            && IsWellFormed(clicks.View),
        ViewSubmissionPayload submission => IsWellFormed(submission.View),
        ViewClosedPayload closed => IsWellFormed(closed.View),
        _ => true,
    };

    private static bool IsWellFormed(SlackView? view) =>
        view?.State is not { } state || state.Values.Values.All(block => block is not null);
}
