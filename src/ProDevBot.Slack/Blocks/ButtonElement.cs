namespace ProDevBot.Slack.Blocks;

/// <summary>A button (https://api.slack.com/reference/block-kit/block-elements#button).</summary>
public sealed record ButtonElement(TextObject Text, string ActionId) : BlockElement(ActionId)
{
    public string? Value { get; init; }
    public string? Url { get; init; }

    /// <summary><c>primary</c>, <c>danger</c>, or null for the default style.</summary>
    public string? Style { get; init; }

    public static ButtonElement Create(string text, string actionId, string? value = null, string? url = null) =>
        new(new PlainText(SlackText.Truncate(text, SlackLimits.ButtonText)), SlackText.Truncate(actionId, SlackLimits.ActionId))
        {
            Value = value is null ? null : SlackText.Truncate(value, SlackLimits.ButtonValue),
            Url = url is null || url.Length > SlackLimits.ButtonUrl ? null : url,
        };
}
