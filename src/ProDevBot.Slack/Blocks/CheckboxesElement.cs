namespace ProDevBot.Slack.Blocks;

/// <summary>
/// A group of checkboxes (https://api.slack.com/reference/block-kit/block-elements#checkboxes). More than 10 options
/// throws: dropping a checklist item would hide work. <see cref="InitialOptions"/> is omitted when empty (Slack refuses []).
/// </summary>
public sealed record CheckboxesElement(string ActionId, IReadOnlyList<OptionObject> Options) : BlockElement(ActionId)
{
    public IReadOnlyList<OptionObject>? InitialOptions { get; init; }

    public static CheckboxesElement Create(string actionId, IReadOnlyList<OptionObject> options, IEnumerable<string>? checkedValues = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count is 0 or > SlackLimits.CheckboxOptions)
        {
            throw new ArgumentException($"A checkbox group has {options.Count} options; Slack allows 1 to {SlackLimits.CheckboxOptions}.", nameof(options));
        }

        var ticked = new HashSet<string>(checkedValues ?? [], StringComparer.Ordinal);
        var initial = options.Where(o => ticked.Contains(o.Value)).ToList();
        return new(SlackText.Truncate(actionId, SlackLimits.ActionId), options) { InitialOptions = initial.Count == 0 ? null : initial };
    }
}
