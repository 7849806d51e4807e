using ProDevBot.Slack.Blocks;

namespace ProDevBot.Commands;

/// <summary>One `/prodev` subcommand (week, join, cohort, …); each feature folder supplies its own.</summary>
public interface IProDevSubcommand
{
    Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
