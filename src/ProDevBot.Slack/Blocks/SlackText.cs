using System.Globalization;
using System.Text;

namespace ProDevBot.Slack.Blocks;

/// <summary>Text helpers that keep strings inside Slack's limits without splitting a character in two.</summary>
public static class SlackText
{
    private const char Ellipsis = '…';

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> UTF-16 units, ending in an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        var builder = new StringBuilder(max);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (builder.Length + element.Length > keep)
            {
                break;
            }

            builder.Append(element);
        }

        return builder.Append(Ellipsis).ToString();
    }

    /// <summary>A placeholder cut to 150 characters, or null when there is none.</summary>
    public static PlainText? Placeholder(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new PlainText(Truncate(text, SlackLimits.Placeholder));

    /// <summary>Escapes the three characters mrkdwn treats as control characters, for user-supplied text.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A mrkdwn link; the label is escaped, and a missing URL leaves the plain label.</summary>
    public static string Link(string? url, string label) =>
        string.IsNullOrWhiteSpace(url) ? Escape(label) : $"<{url}|{Escape(label).Replace("|", "¦", StringComparison.Ordinal)}>";

    /// <summary>
    /// Splits text into chunks of at most <paramref name="max"/>, preferring line breaks, so that a long
    /// section becomes several sections instead of losing its end.
    /// </summary>
    public static IEnumerable<string> Chunk(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut <= 0)
            {
                cut = max;
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }
            }

            yield return rest[..cut];
            rest = rest[cut..].TrimStart('\n');
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }
}
