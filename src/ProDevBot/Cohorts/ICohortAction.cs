using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>One `/prodev cohort &lt;action&gt;` for coaches; registered by action name.</summary>
public interface ICohortAction
{
    /// <param name="context">The call; its words start after the action.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
