using Microsoft.Extensions.Options;

namespace ProDevBot.Hosting;

/// <summary>
/// Checks <c>Web:PublicBaseUrl</c> at start-up: unset, or an absolute http(s) address with no query or fragment, and
/// https in Production (the links it starts carry a secret) unless it is loopback, which never leaves the machine.
/// </summary>
internal sealed class WebOptionsValidator(IHostEnvironment environment) : IValidateOptions<WebOptions>
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

        if (url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            return ValidateOptionsResult.Fail("Web:PublicBaseUrl must not carry a query or fragment; give the site's root, e.g. https://bot.example.org/.");
        }

        return environment.IsProduction() && url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback
            ? ValidateOptionsResult.Fail($"Web:PublicBaseUrl is '{url}'; in Production it must start https:// (calendar and sign-in links carry a private token).")
            : ValidateOptionsResult.Success;
    }
}
