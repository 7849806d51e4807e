using System.Globalization;

namespace ProDevBot.Slack.Blocks;

/// <summary>A date picker (https://api.slack.com/reference/block-kit/block-elements#datepicker); dates are <c>YYYY-MM-DD</c>.</summary>
public sealed record DatepickerElement(string ActionId) : BlockElement(ActionId)
{
    public string? InitialDate { get; init; }
    public TextObject? Placeholder { get; init; }

    public static DatepickerElement Create(string actionId, DateOnly? initialDate = null, string? placeholder = null) =>
        new(SlackText.Truncate(actionId, SlackLimits.ActionId))
        {
            InitialDate = initialDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Placeholder = SlackText.Placeholder(placeholder),
        };
}
