namespace ProDevBot.Slack.Blocks;

/// <summary>A URL field (https://api.slack.com/reference/block-kit/block-elements#url); Slack checks the form, the bot still checks the scheme.</summary>
public sealed record UrlInputElement(string ActionId) : BlockElement(ActionId)
{
    public string? InitialValue { get; init; }
    public TextObject? Placeholder { get; init; }

    public static UrlInputElement Create(string actionId, string? initialValue = null, string? placeholder = null) =>
        new(SlackText.Truncate(actionId, SlackLimits.ActionId))
        {
            InitialValue = string.IsNullOrEmpty(initialValue) ? null : initialValue,
            Placeholder = SlackText.Placeholder(placeholder),
        };
}
