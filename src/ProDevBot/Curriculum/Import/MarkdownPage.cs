using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProDevBot.Curriculum.Import;

/// <summary>One page of the site parsed by Markdig: its front matter (read with YamlDotNet) and its block tree.</summary>
internal sealed class MarkdownPage
{
    // Front matter only: the site's pages are GitHub-flavoured kramdown, whose lists, links,
    // emphasis, headings and HTML comments CommonMark parses the same way.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

    private readonly Dictionary<string, (string Value, int Line)> _frontMatter;

    private MarkdownPage(string name, MarkdownDocument document, Dictionary<string, (string Value, int Line)> frontMatter, int frontMatterLine)
    {
        Name = name;
        Document = document;
        _frontMatter = frontMatter;
        FrontMatterLine = frontMatterLine;
    }

    /// <summary>The path inside the site, as reports show it ("module_one/index.md").</summary>
    public string Name { get; }

    public MarkdownDocument Document { get; }

    public int FrontMatterLine { get; }

    public static MarkdownPage Parse(string name, string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var frontMatter = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        var line = 1;
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } block)
        {
            line = block.Line + 1;
            ReadFrontMatter(block.Lines.ToString(), line, frontMatter);
        }

        return new MarkdownPage(name, document, frontMatter, line);
    }

    /// <summary>A front-matter value, or null when it is missing or empty ("title:" with nothing after it).</summary>
    public string? FrontMatter(string key) =>
        _frontMatter.TryGetValue(key, out var entry) && !string.IsNullOrWhiteSpace(entry.Value) ? InlineText.Clean(entry.Value) : null;

    /// <summary>The 1-based line of a front-matter key, or of the front matter when the key is missing.</summary>
    public int FrontMatterLineOf(string key) => _frontMatter.TryGetValue(key, out var entry) ? entry.Line : FrontMatterLine;

    /// <summary>The first heading whose text satisfies <paramref name="matches"/>, or null.</summary>
    public HeadingBlock? Heading(Func<string, bool> matches) =>
        Document.Descendants<HeadingBlock>().FirstOrDefault(h => matches(InlineText.Clean(InlineText.Of(h).Text)));

    /// <summary>
    /// The blocks under a heading, up to the next heading of any rank: on the site a "### Supplemental Activities"
    /// under "## Weekly Breakdown" starts a list of its own, not more weeks.
    /// </summary>
    public IReadOnlyList<Block> Section(HeadingBlock heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var blocks = new List<Block>();
        var parent = heading.Parent ?? Document;
        for (var i = parent.IndexOf(heading) + 1; i < parent.Count; i++)
        {
            if (parent[i] is HeadingBlock)
            {
                break;
            }

            blocks.Add(parent[i]);
        }

        return blocks;
    }

    public static bool HeadingContains(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    // firstLine is the page line of the opening "---"; whether Markdig keeps that line in the block's text decides the offset.
    private static void ReadFrontMatter(string text, int firstLine, Dictionary<string, (string, int)> into)
    {
        var offset = text.StartsWith("---", StringComparison.Ordinal) ? firstLine - 1 : firstLine;
        var yaml = text.Replace("---", "   ", StringComparison.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return; // a broken header reads as "no title", which the importer reports
        }

        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode map)
        {
            return;
        }

        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode scalar)
            {
                into[name] = (scalar.Value ?? string.Empty, offset + (int)key.Start.Line);
            }
        }
    }
}
