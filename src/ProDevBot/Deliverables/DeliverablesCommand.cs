using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Deliverables;

/// <summary>`/prodev deliverables [module m]`: the module's deliverables with checklists and due dates.</summary>
internal sealed class DeliverablesCommand(ModuleScopes scopes, CurriculumLinks links) : IProDevSubcommand
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

        var module = scope.Module;
        if (module.Deliverables.Count == 0)
        {
            return Replies.Text($"Module {module.Number} lists no deliverables in the curriculum files yet.");
        }

        var builder = new MessageBuilder().Header($"Module {module.Number} deliverables");
        foreach (var deliverable in module.Deliverables.OrderBy(d => d.Due.Week).ThenBy(d => d.Due.Day))
        {
            builder.Section(Describe(deliverable, scope));
        }

        builder.Context(scope.Cohort is null
            ? "Dates are shown as module weeks; join a cohort to see real dates."
            : $"Cohort {scope.Cohort.Id} · dates in {scope.Calendar!.Zone.Id}");
        var fallback = string.Join("; ", module.Deliverables.Select(d => $"{d.Title} ({DueText.For(d.Due, scope.Calendar)})"));
        return builder.Build($"Module {module.Number} deliverables: {fallback}");
    }

    private string Describe(Deliverable deliverable, ModuleScope scope)
    {
        var lines = new List<string>
        {
            $"*{SlackText.Link(links.Resolve(deliverable.Link), deliverable.Title)}*, due {DueText.For(deliverable.Due, scope.Calendar)}",
        };
        if (deliverable.Description is { } description)
        {
            lines.Add(description);
        }

        lines.AddRange(deliverable.Checklist.Select(item => $"• {item.Text}"));
        return string.Join('\n', lines);
    }
}
