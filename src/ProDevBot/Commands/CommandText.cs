using System.Net;

namespace ProDevBot.Commands;

/// <summary>Turns the text Slack sends after a command into words.</summary>
public static class CommandText
{
    /// <summary>
    /// Slack escapes &amp;, &lt; and &gt; in command text; decode those three and split on any whitespace
    /// (phones insert non-breaking spaces).
    /// </summary>
    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
