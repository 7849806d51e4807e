namespace ProDevBot.Slack.Payloads;

/// <summary>
/// The option chosen in a select or radio group; only its value is modelled (the text is display-only).
/// Reference: https://api.slack.com/reference/block-kit/composition-objects#option
/// </summary>
public sealed record SelectedOption
{
    public string Value { get; init; } = "";
}
