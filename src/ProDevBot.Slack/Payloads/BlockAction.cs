namespace ProDevBot.Slack.Payloads;

/// <summary>
/// One entry of <c>actions[]</c> in a <c>block_actions</c> payload. Which value field is set depends on the element.
/// Reference: https://api.slack.com/reference/interaction-payloads/block-actions
/// </summary>
public sealed record BlockAction
{
    /// <summary>The element type: <c>button</c>, <c>static_select</c>, …</summary>
    public string Type { get; init; } = "";
    public string ActionId { get; init; } = "";
    public string? BlockId { get; init; }
    public string? ActionTs { get; init; }

    /// <summary>Set for buttons.</summary>
    public string? Value { get; init; }

    /// <summary>Set for selects and radio buttons.</summary>
    public SelectedOption? SelectedOption { get; init; }

    /// <summary>Set for checkboxes: every option ticked after the click (empty when none).</summary>
    public IReadOnlyList<SelectedOption>? SelectedOptions { get; init; }
}
