using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Help;

/// <summary>`/prodev help`.</summary>
internal sealed class HelpCommand : IProDevSubcommand
{

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(HelpMessage.Build(context.Slack.Command, null));
    }
}
