using Microsoft.Extensions.Options;

namespace ProDevBot.Reports;

/// <summary>
/// In Production a configured <c>Reports:AccessToken</c> must be one nobody guesses: at least 32 characters and not the
/// placeholder from appsettings.example.json. Unset is allowed (the CSV endpoint then refuses everyone). Messages name
/// the key, never the value.
/// </summary>
internal sealed class ReportOptionsValidator(IHostEnvironment environment) : IValidateOptions<ReportOptions>
{
    public const int MinimumLength = 32;

    /// <summary>The value appsettings.example.json ships; a test keeps the two the same.</summary>
    public const string ExamplePlaceholder = "set-me: a long random string for GET /reports/{cohort}.csv";

    public ValidateOptionsResult Validate(string? name, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var token = options.AccessToken;
        if (!environment.IsProduction() || string.IsNullOrEmpty(token))
        {
            return ValidateOptionsResult.Success;
        }

        if (token == ExamplePlaceholder)
        {
            return ValidateOptionsResult.Fail(
                "Reports:AccessToken is still the placeholder from appsettings.example.json; set Reports__AccessToken to a random string of at least 32 characters (e.g. openssl rand -hex 32).");
        }

        return token.Length < MinimumLength
            ? ValidateOptionsResult.Fail(
                $"Reports:AccessToken is {token.Length} characters; it must be at least {MinimumLength} (e.g. openssl rand -hex 32), or unset to turn the CSV endpoint off.")
            : ValidateOptionsResult.Success;
    }
}
