namespace ProDevBot.Slack.Blocks;

/// <summary>
/// An option of a select or checkbox group (https://api.slack.com/reference/block-kit/composition-objects#option).
/// The text is cut to 75 characters; the value is data, so a longer one throws instead.
/// </summary>
public sealed record OptionObject(TextObject Text, string Value)
{
    public static OptionObject Create(string text, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (value.Length > SlackLimits.OptionValue)
        {
            throw new ArgumentException($"An option value is {value.Length} characters; Slack allows {SlackLimits.OptionValue}.", nameof(value));
        }

        return new(new PlainText(SlackText.Truncate(text, SlackLimits.OptionText)), value);
    }
}
