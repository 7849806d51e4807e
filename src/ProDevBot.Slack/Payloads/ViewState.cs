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
}
