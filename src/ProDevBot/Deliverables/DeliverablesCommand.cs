using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Deliverables;

/// <summary>`/prodev deliverables [module m]`: the module's deliverables with due dates, and check-offs for the module's students.</summary>
internal sealed class DeliverablesCommand(ModuleScopes scopes, DeliverablesMessage message, DeliverableProgress progress) : IProDevSubcommand
{
    private const string Example = "/prodev deliverables module 1";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var words = context.Args.ToList();
        var (scope, problem) = await scopes.ResolveAsync(context, words, Example, cancellationToken);
        if (scope is null)
        {
            return problem!;
        }

        if (words.Count > 0)
        {
            return Replies.Mistake($"I don't understand `{SlackText.Escape(string.Join(' ', words))}`.", Example);
        }

        if (scope.Module.Deliverables.Count == 0)
        {
            return Replies.Text($"Module {scope.Module.Number} lists no deliverables in the curriculum files yet.");
        }

        // Check-offs only for the student's own cohort module: that is the progress the reminders read.
        var snapshot = scope.Cohort is null ? null : await progress.LoadAsync(context.UserId, scope.Module.Number, cancellationToken);
        return message.Build(scope, snapshot);
    }
}
