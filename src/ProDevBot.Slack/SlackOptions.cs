namespace ProDevBot.Slack;

/// <summary>
/// The <c>Slack</c> configuration section. Secrets come from the environment or a secret store
/// (<c>Slack__SigningSecret</c>, <c>Slack__BotToken</c>, …), never from appsettings.json.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Verifies inbound HTTP requests. Required in Production; without it every request gets 401.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>) for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>Web API base; configurable so tests and benchmarks can point at a fake Slack.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>The app-level token (<c>xapp-…</c>) for Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>Says which secrets are set without ever showing them, so the options are safe to log.</summary>
    public override string ToString() =>
        $"SlackOptions {{ SigningSecret = {Redact(SigningSecret)}, BotToken = {Redact(BotToken)}, " +
        $"ApiBaseUrl = {ApiBaseUrl}, AppToken = {Redact(AppToken)} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
