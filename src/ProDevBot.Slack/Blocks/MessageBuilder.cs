namespace ProDevBot.Slack.Blocks;

/// <summary>
/// Builds a message that Slack will accept: every text is cut to its limit with an ellipsis, long sections are
/// split on line breaks, and past the block limit the message ends with a note that the rest was left out.
/// </summary>
public sealed class MessageBuilder(int maxBlocks = SlackLimits.MessageBlocks)
{
    private readonly List<Block> _blocks = [];

    public int Count => _blocks.Count;

    public MessageBuilder Header(string text)
    {
        _blocks.Add(new HeaderBlock(new PlainText(SlackText.Truncate(OneLine(text), SlackLimits.HeaderText))));
        return this;
    }

    /// <summary>
    /// A mrkdwn section; text longer than a section allows continues in the next one. The accessory and
    /// <paramref name="blockId"/> (which a click reports back) go on the last part.
    /// </summary>
    public MessageBuilder Section(string markdown, BlockElement? accessory = null, string? blockId = null)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return this;
        }

        var chunks = SlackText.Chunk(markdown, SlackLimits.SectionText).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            _blocks.Add(new SectionBlock
            {
                Text = new MarkdownText(chunks[i]),
                Accessory = i == chunks.Count - 1 ? accessory : null,
                BlockId = i == chunks.Count - 1 && blockId is not null ? SlackText.Truncate(blockId, SlackLimits.BlockId) : null,
            });
        }

        return this;
    }

    /// <summary>A two-column section; fields past ten continue in another section.</summary>
    public MessageBuilder Fields(params IEnumerable<string> markdownFields)
    {
        foreach (var group in markdownFields.Where(f => !string.IsNullOrWhiteSpace(f)).Chunk(SlackLimits.SectionFields))
        {
            _blocks.Add(new SectionBlock
            {
                Fields = [.. group.Select(f => new MarkdownText(SlackText.Truncate(f, SlackLimits.FieldText)))],
            });
        }

        return this;
    }

    public MessageBuilder Context(params IEnumerable<string> markdown)
    {
        var elements = markdown.Where(m => !string.IsNullOrWhiteSpace(m))
            .Take(SlackLimits.ContextElements)
            .Select(m => (TextObject)new MarkdownText(SlackText.Truncate(m, SlackLimits.SectionText)))
            .ToList();
        if (elements.Count > 0)
        {
            _blocks.Add(new ContextBlock(elements));
        }

        return this;
    }

    public MessageBuilder Divider()
    {
        _blocks.Add(new DividerBlock());
        return this;
    }

    public MessageBuilder Actions(params IEnumerable<BlockElement> buttons)
    {
        foreach (var group in buttons.Chunk(SlackLimits.ActionsElements))
        {
            _blocks.Add(new ActionsBlock(group));
        }

        return this;
    }

    /// <summary>The blocks, capped at the limit: when cut, the last block says so instead of Slack refusing the message.</summary>
    public IReadOnlyList<Block> BuildBlocks()
    {
        if (_blocks.Count <= maxBlocks)
        {
            return [.. _blocks];
        }

        var kept = _blocks.Take(maxBlocks - 1).ToList();
        kept.Add(new ContextBlock([new MarkdownText($"…and {_blocks.Count - kept.Count} more blocks not shown.")]));
        return kept;
    }

    public SlackMessage Build(string fallbackText) =>
        new(SlackText.Truncate(fallbackText, SlackLimits.MessageText), BuildBlocks());

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
