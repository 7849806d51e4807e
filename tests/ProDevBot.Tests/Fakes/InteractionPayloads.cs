namespace ProDevBot.Tests.Fakes;

/// <summary>Interaction payloads shaped like Slack's (https://api.slack.com/reference/interaction-payloads), for <see cref="SlackClient.InteractAsync"/>.</summary>
public static class InteractionPayloads
{
    public const string TriggerId = "9.8.7";

    /// <summary>A modal's submit: <paramref name="values"/> is <c>state.values</c> (block_id → action_id → {type, …}).</summary>
    public static object ViewSubmission(string callbackId, string? metadata, Dictionary<string, Dictionary<string, object?>> values, string userId = SlackClient.StudentId) => new
    {
        type = "view_submission",
        team = new { id = "T0TEAM0001", domain = "turing" },
        user = new { id = userId, username = "student", team_id = "T0TEAM0001" },
        api_app_id = "A0APP00001",
        trigger_id = TriggerId,
        view = new
        {
            id = "V0VIEW0001",
            type = "modal",
            callback_id = callbackId,
            private_metadata = metadata,
            hash = "1.abc",
            state = new { values },
        },
    };

    public static Dictionary<string, object?> Text(string? value) => new() { ["type"] = "plain_text_input", ["value"] = value };

    public static Dictionary<string, object?> Date(string? date) => new() { ["type"] = "datepicker", ["selected_date"] = date };

    public static Dictionary<string, object?> Select(string? value) => new()
    {
        ["type"] = "static_select",
        ["selected_option"] = value is null ? null : new { text = new { type = "plain_text", text = value }, value },
    };

    /// <summary>A click in a message (with a response_url) or, when <paramref name="responseUrl"/> is null, in the Home tab.</summary>
    public static object BlockActions(object action, Uri? responseUrl = null, string userId = SlackClient.StudentId) => new
    {
        type = "block_actions",
        team = new { id = "T0TEAM0001", domain = "turing" },
        user = new { id = userId, username = "student", team_id = "T0TEAM0001" },
        api_app_id = "A0APP00001",
        trigger_id = TriggerId,
        response_url = responseUrl?.ToString(),
        container = responseUrl is null
            ? (object)new { type = "view", view_id = "V0HOME0001" }
            : new { type = "message", message_ts = "1700000000.000100", channel_id = "C0CHANNEL1", is_ephemeral = true },
        actions = new[] { action },
    };

    public static object Button(string actionId, string? value = null, string? blockId = null) =>
        new { type = "button", action_id = actionId, block_id = blockId ?? "b", value, action_ts = "1700000001.000200" };

    public static object Checkboxes(string actionId, string blockId, params string[] ticked) => new
    {
        type = "checkboxes",
        action_id = actionId,
        block_id = blockId,
        selected_options = ticked.Select(v => new { text = new { type = "plain_text", text = v }, value = v }).ToArray(),
        action_ts = "1700000001.000200",
    };
}
