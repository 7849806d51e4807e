using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>One verb of `/prodev groups`; <c>words</c> are what follows the verb. Only coaches reach these.</summary>
internal interface IGroupsAction
{
    Task<SlackMessage> HandleAsync(CommandContext context, List<string> words, CancellationToken cancellationToken);
}
