using Microsoft.Extensions.Options;

namespace ProDevBot.Calendar;

/// <summary>
/// <c>Web:PublicBaseUrl</c> may be unset; when set it must be an absolute http(s) address with no query or fragment
/// (links are appended to it), and https in Production, since the links it starts carry a secret.
/// </summary>
internal sealed class PublicUrlOptionsValidator(IHostEnvironment environment) : IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Base is not { } value)
        {
            return ValidateOptionsResult.Success;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return ValidateOptionsResult.Fail(
                $"Web:PublicBaseUrl is '{value}'; it must be the bot's absolute http(s) address with no query, such as https://prodevbot.example.org.");
        }

        return environment.IsProduction() && uri.Scheme != Uri.UriSchemeHttps
            ? ValidateOptionsResult.Fail($"Web:PublicBaseUrl is '{value}'; in Production it must start https:// (calendar links carry a private token).")
            : ValidateOptionsResult.Success;
    }
}
