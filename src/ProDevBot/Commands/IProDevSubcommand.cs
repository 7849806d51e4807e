using ProDevBot.Slack.Blocks;

namespace ProDevBot.Commands;

/// <summary>One `/prodev` subcommand (week, join, cohort, …); each feature folder supplies its own.</summary>
public interface IProDevSubcommand
{
    /// <summary>The word(s) after `/prodev` that select this subcommand, lower case.</summary>
    IReadOnlyList<string> Names { get; }

    Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
