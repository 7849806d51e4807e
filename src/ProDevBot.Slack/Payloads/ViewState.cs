using System.Text.Json;

namespace ProDevBot.Slack.Payloads;

/// <summary>
/// <c>view.state</c>: <c>values[block_id][action_id]</c> = <c>{type, …}</c>, whose value field depends on the element
/// (<c>value</c>, <c>selected_option</c>, <c>selected_date</c>, <c>selected_options</c>, <c>selected_user</c>, …),
/// so each entry is kept as raw JSON for the feature to read.
/// Reference: https://api.slack.com/reference/interaction-payloads/views#view_submission
/// </summary>
public sealed record ViewState
{
    public Dictionary<string, Dictionary<string, JsonElement>> Values { get; init; } = [];

    /// <summary>A text or URL input's <c>value</c>, trimmed; null when empty or absent.</summary>
    public string? Text(string blockId, string actionId) =>
        String(Entry(blockId, actionId), "value") is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>A datepicker's <c>selected_date</c>; null when none or not a date.</summary>
    public DateOnly? Date(string blockId, string actionId) =>
        DateOnly.TryParseExact(String(Entry(blockId, actionId), "selected_date"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>A select's <c>selected_option.value</c>; null when nothing is chosen.</summary>
    public string? SelectedValue(string blockId, string actionId) =>
        Entry(blockId, actionId) is { ValueKind: JsonValueKind.Object } entry
        && entry.TryGetProperty("selected_option", out var option) && option.ValueKind == JsonValueKind.Object
            ? String(option, "value")
            : null;

    private JsonElement? Entry(string blockId, string actionId) =>
        Values.TryGetValue(blockId, out var block) && block.TryGetValue(actionId, out var entry) ? entry : null;

    private static string? String(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
