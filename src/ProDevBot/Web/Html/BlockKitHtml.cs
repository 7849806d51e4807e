using System.Text;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Web.Html;

/// <summary>
/// A Slack message's blocks as static HTML, the way a student sees them: headers, sections (with fields and their
/// accessory), context, dividers, buttons and checkboxes. Buttons and checkboxes do nothing here; a link button is a link.
/// </summary>
public static class BlockKitHtml
{
    public static string Render(SlackMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var html = new StringBuilder("<div class=\"slack\">\n");
        if (message.Blocks is not { Count: > 0 } blocks)
        {
            return html.Append("<p>").Append(SlackMarkdownHtml.Render(message.Text)).Append("</p>\n</div>").ToString();
        }

        foreach (var block in blocks)
        {
            html.Append(Block(block)).Append('\n');
        }

        return html.Append("</div>").ToString();
    }

    private static string Block(Block block) => block switch
    {
        HeaderBlock header => $"<h3>{HtmlPage.E(header.Text.Text)}</h3>",
        SectionBlock section => Section(section),
        ContextBlock context => $"<p class=\"context\">{string.Join(" · ", context.Elements.Where(e => e.Text.Length > 0).Select(Text))}</p>",
        DividerBlock => "<hr>",
        ActionsBlock actions => $"<p>{string.Join(' ', actions.Elements.Select(Element))}</p>",
        InputBlock input => $"<p><strong>{HtmlPage.E(input.Label.Text)}</strong> {Element(input.Element)}</p>",
        _ => "",
    };

    private static string Section(SectionBlock section)
    {
        var html = new StringBuilder("<div class=\"section\">");
        if (section.Text is { } text)
        {
            html.Append("<p>").Append(Text(text)).Append("</p>");
        }

        if (section.Fields is { Count: > 0 } fields)
        {
            html.Append("<ul>").AppendJoin("", fields.Select(f => $"<li>{Text(f)}</li>")).Append("</ul>");
        }

        if (section.Accessory is { } accessory)
        {
            html.Append(Element(accessory));
        }

        return html.Append("</div>").ToString();
    }

    private static string Element(BlockElement element) => element switch
    {
        ButtonElement { Url: { } url } button when Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" =>
            $"<a class=\"button\" href=\"{HtmlPage.E(uri.AbsoluteUri)}\">{HtmlPage.E(button.Text.Text)}</a>",
        ButtonElement button => $"<span class=\"button\">{HtmlPage.E(button.Text.Text)}</span>",
        CheckboxesElement boxes => Checkboxes(boxes),
        _ => "",
    };

    /// <summary>Disabled checkboxes with their labels: what the student will tick, not a form here.</summary>
    private static string Checkboxes(CheckboxesElement boxes)
    {
        var ticked = (boxes.InitialOptions ?? []).Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        var items = boxes.Options.Select(o =>
            $"<li><label><input type=\"checkbox\" disabled{(ticked.Contains(o.Value) ? " checked" : "")}> {Text(o.Text)}</label></li>");
        return $"<ul class=\"checks\">{string.Concat(items)}</ul>";
    }

    private static string Text(TextObject text) => text switch
    {
        MarkdownText markdown => SlackMarkdownHtml.Render(markdown.Text),
        _ => HtmlPage.E(text.Text),
    };
}
