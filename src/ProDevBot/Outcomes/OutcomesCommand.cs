using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Outcomes;

/// <summary>`/prodev outcomes [competency] [module m]`: target levels and the SIAT outcomes behind them.</summary>
internal sealed class OutcomesCommand(ModuleScopes scopes) : IProDevSubcommand
{
    private const string Example = "/prodev outcomes networking module 2";


    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var words = context.Args.ToList();
        var (scope, problem) = await scopes.ResolveAsync(context, words, Example, cancellationToken);
        if (scope is null)
        {
            return problem!;
        }

        Competency? only = null;
        if (words.Count > 0)
        {
            only = CurriculumText.ParseCompetency(string.Join("", words));
            if (only is null)
            {
                var names = string.Join(", ", Enum.GetValues<Competency>().Select(CurriculumText.Name));
                return Replies.Mistake($"`{SlackText.Escape(string.Join(' ', words))}` is not a competency. The five are {names}.", Example);
            }
        }

        var module = scope.Module;
        var targets = module.Targets.Where(t => only is null || t.Competency == only).ToList();
        var builder = new MessageBuilder().Header(only is null
            ? $"Module {module.Number} outcomes"
            : $"Module {module.Number} outcomes: {CurriculumText.Name(only.Value)}");
        if (targets.Count == 0)
        {
            builder.Section(only is null
                ? "The curriculum files give no target levels for this module yet."
                : $"Module {module.Number} sets no target in {CurriculumText.Name(only.Value)}.");
        }
        else
        {
            builder.Section("*Target levels*\n" + string.Join('\n', targets.Select(t => $"• {CurriculumText.Name(t.Competency)}: {CurriculumText.Levels(t)}")));
        }

        foreach (var group in module.Outcomes.Where(o => only is null || o.Competency == only))
        {
            builder.Section($"*{CurriculumText.Name(group.Competency)}, Level {group.Level}*: the student is able to…\n" +
                            string.Join('\n', group.Statements.Select(s => $"• {s}")));
        }

        // The levels as the site's standards_and_rubric page defines them.
        builder.Context("SIAT: Student Is Able To. Levels: I knowledge and comprehension; II comprehension and application; III application, analysis and synthesis.");
        var fallback = string.Join("; ", targets.Select(t => $"{CurriculumText.Name(t.Competency)} {CurriculumText.Levels(t)}"));
        return builder.Build($"Module {module.Number} targets: {(fallback.Length == 0 ? "none listed" : fallback)}");
    }
}
