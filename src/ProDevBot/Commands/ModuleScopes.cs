using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Commands;

/// <summary>
/// Decides which module a student means: the one named with "module N", else their cohort's. A cohort's dates
/// are used only when its module is the one shown.
/// </summary>
public sealed class ModuleScopes(StudentCohorts students, CurriculumCatalog curriculum)
{
    public async Task<(ModuleScope? Scope, SlackMessage? Problem)> ResolveAsync(
        CommandContext context, List<string> words, string browseExample, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!CohortArguments.TryTakeModule(words, out var named, out var error))
        {
            return (null, Replies.Mistake(error!, browseExample));
        }

        var cohort = await students.FindAsync(context.UserId, cancellationToken);
        var number = named ?? cohort?.Module;
        if (number is null)
        {
            return (null, Replies.Text(
                "You're not in a cohort yet, so I don't know your module. Join with `/prodev join <cohort id>` " +
                $"(your coach has the id), or browse any module: `{browseExample}`."));
        }

        var module = curriculum.Find(number.Value);
        if (module is null)
        {
            var known = string.Join(", ", curriculum.Modules.Select(m => m.Number));
            return (null, Replies.Mistake($"There is no module {number}; the curriculum has modules {known}.", browseExample));
        }

        var dated = cohort is not null && cohort.Module == module.Number ? cohort : null;
        return (new ModuleScope(module, dated, dated is null ? null : CohortCalendar.For(dated)), null);
    }
}
