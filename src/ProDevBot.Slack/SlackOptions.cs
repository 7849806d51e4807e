namespace ProDevBot.Slack;

/// <summary>
/// The <c>Slack</c> configuration section. Secrets come from the environment or a secret store
/// (<c>Slack__SigningSecret</c>, <c>Slack__BotToken</c>, …), never from appsettings.json.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>
    /// Verifies inbound HTTP requests; without it every HTTP request gets 401. Required in Production unless
    /// <see cref="AppToken"/> is set (Socket Mode requests are not signed).
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>) for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>Web API base; configurable so tests and benchmarks can point at a fake Slack.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>
    /// The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>). When set, the bot also receives commands,
    /// interactions and events over Socket Mode; the HTTP endpoints stay mapped.
    /// </summary>
    public string? AppToken { get; set; }

    /// <summary>Says which secrets are set without ever showing them, so the options are safe to log.</summary>
    public override string ToString() =>
        $"SlackOptions {{ SigningSecret = {Redact(SigningSecret)}, BotToken = {Redact(BotToken)}, " +
        $"ApiBaseUrl = {ApiBaseUrl}, AppToken = {Redact(AppToken)} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
