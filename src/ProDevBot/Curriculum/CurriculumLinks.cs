namespace ProDevBot.Curriculum;

/// <summary>
/// Turns curriculum links into absolute URLs for Slack. Site-relative paths are appended to the site
/// base (not resolved with <see cref="Uri"/> rules) so a base with a path prefix, such as a GitHub
/// Pages project site, keeps its prefix.
/// </summary>
public sealed class CurriculumLinks
{
    private readonly string siteBase;

    public CurriculumLinks(string siteBaseUrl)
    {
        if (!Uri.TryCreate(siteBaseUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"Curriculum:SiteBaseUrl must be an absolute http(s) URL, not '{siteBaseUrl}'.", nameof(siteBaseUrl));
        }

        siteBase = siteBaseUrl.TrimEnd('/');
    }

    /// <summary>An absolute URL for <paramref name="link"/>; absolute links pass through and null stays null.</summary>
    public string? Resolve(string? link) => link switch
    {
        null => null,
        _ when link.StartsWith('/') => siteBase + link,
        _ => link,
    };
}
