using System.Text.Json.Serialization;

namespace ProDevBot.Slack.Blocks;

/// <summary>A layout block (https://api.slack.com/reference/block-kit/blocks). Build them through <see cref="MessageBuilder"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
public abstract record Block
{
    public string? BlockId { get; init; }
}

/// <remarks>Typed as <see cref="TextObject"/> so the JSON carries <c>"type":"plain_text"</c>; Slack refuses a header without it.</remarks>
public sealed record HeaderBlock(TextObject Text) : Block;

public sealed record SectionBlock : Block
{
    public TextObject? Text { get; init; }
    public IReadOnlyList<TextObject>? Fields { get; init; }
    /// <summary>A button, or checkboxes (e.g. a deliverable's checklist).</summary>
    public BlockElement? Accessory { get; init; }
}

public sealed record DividerBlock : Block;

public sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;

public sealed record ActionsBlock(IReadOnlyList<BlockElement> Elements) : Block;
