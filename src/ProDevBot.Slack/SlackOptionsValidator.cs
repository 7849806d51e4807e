using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ProDevBot.Slack;

/// <summary>
/// Start-up checks for <see cref="SlackOptions"/>. A missing signing secret stops Production; elsewhere it is
/// allowed (local runs, Socket Mode) with one warning, and the endpoints still refuse every request.
/// </summary>
internal sealed class SlackOptionsValidator(bool isProduction, ILogger<SlackOptionsValidator> logger)
    : IValidateOptions<SlackOptions>
{
    internal const string MissingSecretMessage =
        "Slack:SigningSecret is not configured (set the environment variable Slack__SigningSecret); " +
        "without it every request from Slack is refused.";

    // Options are validated once per cache (IOptions, IOptionsMonitor, ValidateOnStart); warn only once.
    private int _warned;

    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            if (isProduction)
            {
                failures.Add(MissingSecretMessage);
            }
            else if (Interlocked.Exchange(ref _warned, 1) == 0)
            {
                logger.LogWarning("Slack:SigningSecret is not configured; every request from Slack will get 401 (set Slack__SigningSecret).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
