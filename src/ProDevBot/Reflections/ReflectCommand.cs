using System.Globalization;
using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Reflections;

/// <summary>`/prodev reflect [week]`: opens the reflection form for this week of the student's cohort, or the week named.</summary>
internal sealed class ReflectCommand(ReflectionOpener opener) : IProDevSubcommand
{
    private const string Example = "/prodev reflect 2";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        int? week = null;
        if (context.Args.Count > 0)
        {
            if (context.Args.Count > 1 || !int.TryParse(context.Args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return Replies.Mistake($"I don't understand `{SlackText.Escape(string.Join(' ', context.Args))}`; give a week number.", Example);
            }

            week = n;
        }

        if (string.IsNullOrEmpty(context.Slack.TriggerId))
        {
            return Replies.Text("Slack sent no trigger to open a form with. Please try the command again.");
        }

        var budget = SlackCallBudget.ForRequest(context.Slack.ReceivedAt);
        var problem = await opener.OpenAsync(context.UserId, context.Slack.TriggerId, week, budget, cancellationToken);
        return Replies.Text(problem ?? "Your reflection form is open. Saving it sends you a short confirmation.");
    }
}
