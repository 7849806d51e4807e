using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// The plain text of a paragraph or heading, taken from Markdig's inline tree, with the source line of
/// every character (so a due phrase found in it can be reported at its own line) and the links in it.
/// </summary>
internal sealed class InlineText
{
    private readonly List<(int Offset, int Line)> _lines = [];
    private readonly StringBuilder _text = new();
    private readonly List<SiteLink> _links = [];

    private InlineText(int fallbackLine) => FallbackLine = fallbackLine;

    public string Text => _text.ToString();

    /// <summary>Links in reading order (images left out).</summary>
    public IReadOnlyList<SiteLink> Links => _links;

    /// <summary>The bold text the paragraph opens with ("**Resume draft:**"), or null.</summary>
    public string? LeadingStrong { get; private set; }

    private int FallbackLine { get; }

    public static InlineText Of(LeafBlock? block)
    {
        var result = new InlineText(block is null ? 0 : block.Line + 1);
        if (block?.Inline is { } inline)
        {
            result.Append(inline);
            if (inline.FirstChild is EmphasisInline { DelimiterCount: 2 } strong)
            {
                var lead = new InlineText(result.FallbackLine);
                lead.Append(strong);
                result.LeadingStrong = Clean(lead.Text).TrimEnd(':', '.', ' ');
            }
        }

        return result;
    }

    /// <summary>Collapses runs of white space; the site's Markdown has stray spaces and tabs.</summary>
    public static string Clean(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>1-based source line of the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        var line = FallbackLine;
        foreach (var (start, at) in _lines)
        {
            if (start > offset)
            {
                break;
            }

            line = at;
        }

        return line;
    }

    private void Append(Inline inline)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true }:
                return;
            case LinkInline link:
                var start = _text.Length;
                AppendChildren(link);
                _links.Add(new SiteLink(Clean(_text.ToString(start, _text.Length - start)), link.Url ?? string.Empty, link.Line + 1, start, _text.Length));
                return;
            case ContainerInline container:
                AppendChildren(container);
                return;
            case LiteralInline literal:
                Add(literal.Content.ToString(), literal.Line);
                return;
            case CodeInline code:
                Add(code.Content, code.Line);
                return;
            case AutolinkInline auto:
                Add(auto.Url, auto.Line);
                return;
            case HtmlEntityInline entity:
                Add(entity.Transcoded.ToString(), entity.Line);
                return;
            case LineBreakInline br:
                Add(" ", br.Line);
                return;
            default:
                return; // raw HTML such as <a name="lesson"></a> carries no text
        }
    }

    private void AppendChildren(ContainerInline container)
    {
        foreach (var child in container)
        {
            Append(child);
        }
    }

    private void Add(string text, int zeroBasedLine)
    {
        _lines.Add((_text.Length, zeroBasedLine + 1));
        _text.Append(text);
    }
}
