using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Builds a <see cref="SlashCommand"/> from its fields, whichever transport carried them: the form of
/// <c>POST /slack/commands</c>, or the <c>payload</c> object of a Socket Mode <c>slash_commands</c> envelope.
/// </summary>
internal static class SlashCommandReader
{
    private static readonly string[] RequiredFields = ["team_id", "channel_id", "user_id", "command"];

    /// <summary>The command, or the reason it is malformed. <paramref name="field"/> answers null for absent or empty.</summary>
    public static (SlashCommand? Command, string? Problem) Read(Func<string, string?> field, DateTimeOffset receivedAt)
    {
        foreach (var name in RequiredFields)
        {
            if (field(name) is null)
            {
                return (null, $"Missing form field {name}.");
            }
        }

        if (!SlackIds.IsUser(field("user_id")))
        {
            return (null, "Form field user_id is not a Slack user id.");
        }

        return (new SlashCommand
        {
            TeamId = field("team_id")!,
            TeamDomain = field("team_domain"),
            EnterpriseId = field("enterprise_id"),
            ChannelId = field("channel_id")!,
            ChannelName = field("channel_name"),
            UserId = field("user_id")!,
            UserName = field("user_name"),
            Command = field("command")!,
            Text = field("text") ?? "",
            ResponseUrl = field("response_url"),
            TriggerId = field("trigger_id"),
            ApiAppId = field("api_app_id"),
            IsEnterpriseInstall = string.Equals(field("is_enterprise_install"), "true", StringComparison.OrdinalIgnoreCase),
            ReceivedAt = receivedAt,
        }, null);
    }
}
