namespace ProDevBot.Hosting;

/// <summary>The "Web" section: how people reach the bot over HTTP (coach pages, calendar feeds).</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The address coaches' browsers use for the bot (e.g. https://bot.example.org/); sign-in and calendar links point here.
    /// Unset, the coach pages and calendar links are off and `/prodev web` and `/prodev calendar` say so.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    public bool IsHttps => PublicBaseUrl?.Scheme == Uri.UriSchemeHttps;

    /// <summary>An absolute address under <see cref="PublicBaseUrl"/>, which may itself carry a path (a reverse proxy's prefix).</summary>
    public Uri Link(string relative) =>
        new(new Uri(PublicBaseUrl!.AbsoluteUri.EndsWith('/') ? PublicBaseUrl.AbsoluteUri : PublicBaseUrl.AbsoluteUri + "/"), relative.TrimStart('/'));
}
