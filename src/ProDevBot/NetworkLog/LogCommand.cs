using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.NetworkLog;

/// <summary>`/prodev log`: opens the form for logging a networking activity.</summary>
internal sealed class LogCommand(NetworkLogOpener opener) : IProDevSubcommand
{
    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Args.Count > 0)
        {
            return Replies.Mistake("`/prodev log` takes no words after it; the form asks for the details.", "/prodev log");
        }

        if (string.IsNullOrEmpty(context.Slack.TriggerId))
        {
            return Replies.Text("Slack sent no trigger to open a form with. Please try the command again.");
        }

        var budget = SlackCallBudget.ForRequest(context.Slack.ReceivedAt);
        var problem = await opener.OpenAsync(context.UserId, context.Slack.TriggerId, budget, cancellationToken);
        return Replies.Text(problem ?? "Your networking log form is open.");
    }
}
