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
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private readonly Dictionary<string, string> _frontMatter;

    private MarkdownPage(string name, MarkdownDocument document, Dictionary<string, string> frontMatter, int frontMatterLine)
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
        var frontMatter = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var line = 1;
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } block)
        {
            line = block.Line + 1;
            ReadFrontMatter(block.Lines.ToString(), frontMatter);
        }

        return new MarkdownPage(name, document, frontMatter, line);
    }

    /// <summary>A front-matter value, or null when it is missing or empty ("title:" with nothing after it).</summary>
    public string? FrontMatter(string key) =>
        _frontMatter.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? InlineText.Clean(value) : null;

    /// <summary>The first heading whose text satisfies <paramref name="matches"/>, or null.</summary>
    public HeadingBlock? Heading(Func<string, bool> matches) =>
        Document.Descendants<HeadingBlock>().FirstOrDefault(h => matches(InlineText.Clean(InlineText.Of(h).Text)));

    /// <summary>The blocks under a heading, up to the next heading of the same or a higher rank.</summary>
    public IReadOnlyList<Block> Section(HeadingBlock heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var blocks = new List<Block>();
        var parent = heading.Parent ?? Document;
        for (var i = parent.IndexOf(heading) + 1; i < parent.Count; i++)
        {
            if (parent[i] is HeadingBlock next && next.Level <= heading.Level)
            {
                break;
            }

            blocks.Add(parent[i]);
        }

        return blocks;
    }

    public static bool HeadingContains(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static void ReadFrontMatter(string text, Dictionary<string, string> into)
    {
        var yaml = text.Trim().Trim('-');
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
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } scalar })
            {
                into[name] = scalar;
            }
        }
    }
}
