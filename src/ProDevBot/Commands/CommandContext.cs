using ProDevBot.Slack.Payloads;

namespace ProDevBot.Commands;

/// <summary>One `/prodev` call: who asked, whether they coach, and the words after the subcommand.</summary>
public sealed record CommandContext(SlashCommand Slack, string Name, IReadOnlyList<string> Args, bool IsCoach)
{
    public string UserId => Slack.UserId;
}
