using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ProDevBot.Slack;

/// <summary>
/// Start-up checks for <see cref="SlackOptions"/>. A missing signing secret stops Production unless an app token
/// (Socket Mode) is set; otherwise it is allowed with one warning, and the HTTP endpoints still refuse every request.
/// Production also needs a bot token (<c>xoxb-…</c>): without it nothing the bot sends would arrive. An app token,
/// when set, must start <c>xapp-</c>.
/// </summary>
internal sealed class SlackOptionsValidator(bool isProduction, ILogger<SlackOptionsValidator> logger)
    : IValidateOptions<SlackOptions>
{
    internal const string MissingSecretMessage =
        "Slack:SigningSecret is not configured (set the environment variable Slack__SigningSecret); " +
        "without it every request from Slack is refused.";

    // Never the value itself: a mistyped token is still a secret.
    internal const string BadBotTokenMessage =
        "Slack:BotToken must be the app's bot token, starting with xoxb- (set the environment variable Slack__BotToken " +
        "from OAuth & Permissions → Bot User OAuth Token; the example's placeholder does not count).";

    internal const string BadAppTokenMessage =
        "Slack:AppToken must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope " +
        "connections:write; set the environment variable Slack__AppToken), or unset to receive requests over HTTP only.";

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

        // In Socket Mode nothing arrives over HTTP, so the secret only guards endpoints Slack does not call.
        if (string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            if (isProduction && string.IsNullOrEmpty(options.AppToken))
            {
                failures.Add(MissingSecretMessage);
            }
            else if (Interlocked.Exchange(ref _warned, 1) == 0)
            {
                logger.LogWarning("Slack:SigningSecret is not configured; every HTTP request from Slack will get 401 (set Slack__SigningSecret; Socket Mode does not need it).");
            }
        }

        if (isProduction && !IsBotToken(options.BotToken))
        {
            failures.Add(BadBotTokenMessage);
        }

        if (!string.IsNullOrEmpty(options.AppToken) && !IsToken(options.AppToken, "xapp-"))
        {
            failures.Add(BadAppTokenMessage);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Slack's tokens are letters, digits and hyphens; whitespace means a placeholder or a pasted label.
    private static bool IsBotToken(string? token) => IsToken(token, "xoxb-");

    private static bool IsToken(string? token, string prefix) =>
        token is { Length: > 5 } && token.StartsWith(prefix, StringComparison.Ordinal) && !token.Any(char.IsWhiteSpace);
}
