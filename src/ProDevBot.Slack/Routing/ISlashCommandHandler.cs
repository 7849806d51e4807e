using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>Answers one slash command. The reply is the HTTP response body, so it must come back within Slack's 3 s.</summary>
public interface ISlashCommandHandler
{
    /// <summary>The command this handler answers, with its slash (<c>/deploy</c>, say).</summary>
    string Command { get; }

    Task<SlackMessage> HandleAsync(SlashCommand command, CancellationToken cancellationToken);
}
