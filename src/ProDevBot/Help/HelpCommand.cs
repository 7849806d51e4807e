using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Help;

/// <summary>`/prodev help`: what this user may use, from the registrations.</summary>
internal sealed class HelpCommand(SubcommandRegistry registry) : IProDevSubcommand
{
    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(HelpMessage.Build(context.Slack.Command, null, registry, context.IsCoach));
    }
}
