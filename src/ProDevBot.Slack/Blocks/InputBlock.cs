namespace ProDevBot.Slack.Blocks;

/// <summary>
/// A labelled form field (https://api.slack.com/reference/block-kit/blocks#input). Its <see cref="Block.BlockId"/> is
/// the key of <c>state.values</c> and of <c>response_action: errors</c>, so every input is given one.
/// </summary>
public sealed record InputBlock(TextObject Label, BlockElement Element) : Block
{
    public TextObject? Hint { get; init; }
    public bool? Optional { get; init; }

    public static InputBlock Create(string blockId, string label, BlockElement element, string? hint = null, bool optional = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(blockId);
        if (blockId.Length > SlackLimits.BlockId)
        {
            throw new ArgumentException($"block_id is {blockId.Length} characters; Slack allows {SlackLimits.BlockId}.", nameof(blockId));
        }

        return new(new PlainText(SlackText.Truncate(label, SlackLimits.InputLabel)), element)
        {
            BlockId = blockId,
            Hint = string.IsNullOrWhiteSpace(hint) ? null : new PlainText(SlackText.Truncate(hint, SlackLimits.InputHint)),
            Optional = optional ? true : null,
        };
    }
}
