namespace ProDevBot.Web;

/// <summary>The "Web" section: where coaches reach the bot's pages.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The address coaches' browsers use for the bot (e.g. https://bot.example.org/); sign-in links point here. Unset, the
    /// coach pages are off and `/prodev web` says so.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    public bool IsHttps => PublicBaseUrl?.Scheme == Uri.UriSchemeHttps;

    /// <summary>An absolute address under <see cref="PublicBaseUrl"/>, which may itself carry a path (a reverse proxy's prefix).</summary>
    public Uri Link(string relative) =>
        new(new Uri(PublicBaseUrl!.AbsoluteUri.EndsWith('/') ? PublicBaseUrl.AbsoluteUri : PublicBaseUrl.AbsoluteUri + "/"), relative.TrimStart('/'));
}
