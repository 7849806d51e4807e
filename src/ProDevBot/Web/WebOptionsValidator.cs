using Microsoft.Extensions.Options;

namespace ProDevBot.Web;

/// <summary>Checks <c>Web:PublicBaseUrl</c> at start-up: unset, or an absolute http(s) address with no query or fragment.</summary>
internal sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PublicBaseUrl is not { } url)
        {
            return ValidateOptionsResult.Success;
        }

        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return ValidateOptionsResult.Fail("Web:PublicBaseUrl must be an absolute http or https address, e.g. https://bot.example.org/.");
        }

        return url.Query.Length > 0 || url.Fragment.Length > 0
            ? ValidateOptionsResult.Fail("Web:PublicBaseUrl must not carry a query or fragment; give the site's root, e.g. https://bot.example.org/.")
            : ValidateOptionsResult.Success;
    }
}
