using Markdig.Syntax;

namespace ProDevBot.Curriculum.Import;

/// <summary>Small walks over Markdig's block tree that every page reader needs.</summary>
internal static class MarkdownBlocks
{
    /// <summary>The items of the lists among <paramref name="blocks"/>, in order (not their nested items).</summary>
    public static IEnumerable<ListItemBlock> Items(IEnumerable<Block> blocks) =>
        blocks.OfType<ListBlock>().SelectMany(list => list.OfType<ListItemBlock>());

    /// <summary>The item's own first paragraph (its line of text, before any nested list).</summary>
    public static ParagraphBlock? Paragraph(ListItemBlock item) => item.OfType<ParagraphBlock>().FirstOrDefault();

    public static IEnumerable<ListItemBlock> NestedItems(ListItemBlock item) => Items(item);

    /// <summary>Items without a nested list: "**Networking:**" heads a group, its sub-items are the goals.</summary>
    public static IEnumerable<ListItemBlock> Leaves(IEnumerable<Block> blocks) =>
        Items(blocks).SelectMany(item => NestedItems(item).Any() ? Leaves(item) : [item]);

    /// <summary>Every paragraph in the blocks, nested ones included, in reading order.</summary>
    public static IEnumerable<ParagraphBlock> Paragraphs(IEnumerable<Block> blocks) =>
        blocks.SelectMany(block => block switch
        {
            ParagraphBlock paragraph => [paragraph],
            ContainerBlock container => Paragraphs(container),
            _ => [],
        });

    public static string Text(ListItemBlock item) => InlineText.Clean(InlineText.Of(Paragraph(item)).Text);

    public static int Line(Block block) => block.Line + 1;
}
