using System.Text;
using System.Text.RegularExpressions;

namespace ProDevBot.Web.Html;

/// <summary>
/// Slack's mrkdwn as HTML: &lt;url|label&gt; links, &lt;@user&gt; and &lt;#channel&gt; mentions, *bold*, _italic_,
/// ~strike~, `code` and line breaks. Text is decoded from Slack's three escapes and then HTML-encoded, so a student's
/// "&lt;script&gt;" shows as typed; only http(s) and mailto links become anchors.
/// </summary>
public static partial class SlackMarkdownHtml
{
    public static string Render(string mrkdwn)
    {
        ArgumentNullException.ThrowIfNull(mrkdwn);
        var html = new StringBuilder(mrkdwn.Length + 32);
        var at = 0;
        foreach (Match token in Angle().Matches(mrkdwn))
        {
            html.Append(Inline(mrkdwn[at..token.Index]));
            html.Append(Special(token.Groups["body"].Value));
            at = token.Index + token.Length;
        }

        html.Append(Inline(mrkdwn[at..]));
        return html.ToString().Replace("\n", "<br>\n", StringComparison.Ordinal);
    }

    /// <summary>Plain mrkdwn text (no angle tokens): decode Slack's escapes, encode for HTML, then apply emphasis.</summary>
    private static string Inline(string text)
    {
        var encoded = HtmlPage.E(Unescape(text));
        encoded = Code().Replace(encoded, "<code>$1</code>");
        encoded = Bold().Replace(encoded, "<strong>$1</strong>");
        encoded = Italic().Replace(encoded, "<em>$1</em>");
        return Strike().Replace(encoded, "<s>$1</s>");
    }

    private static string Special(string body)
    {
        var bar = body.IndexOf('|', StringComparison.Ordinal);
        var target = bar < 0 ? body : body[..bar];
        var label = bar < 0 ? null : body[(bar + 1)..];
        if (target.StartsWith('@'))
        {
            return $"<span class=\"mention\">@{HtmlPage.E(label ?? target[1..])}</span>";
        }

        if (target.StartsWith('#'))
        {
            return $"<span class=\"mention\">#{HtmlPage.E(label ?? target[1..])}</span>";
        }

        if (target.StartsWith('!'))
        {
            return $"<span class=\"mention\">@{HtmlPage.E(label ?? target[1..])}</span>";
        }

        var url = Unescape(target);
        var shown = label is null ? HtmlPage.E(url) : Inline(label);
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
            ? $"<a href=\"{HtmlPage.E(uri.AbsoluteUri)}\">{shown}</a>"
            : shown;
    }

    private static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex("<(?<body>[^<>\\n]+)>")]
    private static partial Regex Angle();

    [GeneratedRegex("`([^`\\n]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])")]
    private static partial Regex Bold();

    [GeneratedRegex("(?<![\\w_])_([^_\\n]+)_(?![\\w_])")]
    private static partial Regex Italic();

    [GeneratedRegex("(?<![\\w~])~([^~\\n]+)~(?![\\w~])")]
    private static partial Regex Strike();
}
