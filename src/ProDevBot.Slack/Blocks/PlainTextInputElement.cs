namespace ProDevBot.Slack.Blocks;

/// <summary>A text field (https://api.slack.com/reference/block-kit/block-elements#input).</summary>
public sealed record PlainTextInputElement(string ActionId) : BlockElement(ActionId)
{
    public bool? Multiline { get; init; }
    public int? MaxLength { get; init; }
    public string? InitialValue { get; init; }
    public TextObject? Placeholder { get; init; }

    public static PlainTextInputElement Create(
        string actionId, int? maxLength = null, bool multiline = false, string? initialValue = null, string? placeholder = null) =>
        new(SlackText.Truncate(actionId, SlackLimits.ActionId))
        {
            Multiline = multiline ? true : null,
            MaxLength = maxLength,
            InitialValue = string.IsNullOrEmpty(initialValue) ? null : initialValue,
            Placeholder = SlackText.Placeholder(placeholder),
        };
}
