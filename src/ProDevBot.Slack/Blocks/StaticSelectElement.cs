namespace ProDevBot.Slack.Blocks;

/// <summary>A drop-down of fixed options (https://api.slack.com/reference/block-kit/block-elements#static_select); more than 100 options throws.</summary>
public sealed record StaticSelectElement(string ActionId, IReadOnlyList<OptionObject> Options) : BlockElement(ActionId)
{
    public OptionObject? InitialOption { get; init; }
    public TextObject? Placeholder { get; init; }

    public static StaticSelectElement Create(
        string actionId, IReadOnlyList<OptionObject> options, OptionObject? initialOption = null, string? placeholder = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count is 0 or > SlackLimits.SelectOptions)
        {
            throw new ArgumentException($"A select has {options.Count} options; Slack allows 1 to {SlackLimits.SelectOptions}.", nameof(options));
        }

        return new(SlackText.Truncate(actionId, SlackLimits.ActionId), options)
        {
            InitialOption = initialOption,
            Placeholder = SlackText.Placeholder(placeholder),
        };
    }
}
