namespace ProDevBot.Curriculum.Import;

/// <summary>A Markdown link on a site page: its text, its target as written, its 1-based line, and where its text sits in the paragraph's text.</summary>
internal sealed record SiteLink(string Text, string Url, int Line, int Start, int End)
{
    /// <summary>The target when the bot's loader accepts it (site-relative "/…" or http(s)); null otherwise.</summary>
    public string? UsableUrl =>
        (Url.StartsWith('/') && !Url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? Url
            : null;
}
