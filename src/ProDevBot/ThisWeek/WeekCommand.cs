using System.Globalization;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Groups;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.ThisWeek;

/// <summary>`/prodev week [n] [module m]`: a week's topic, activities, Wednesday group and what is due.</summary>
internal sealed class WeekCommand(ModuleScopes scopes, WeekMessage message, StudentGroups groups, TimeProvider clock) : IProDevSubcommand
{
    private const string Example = "/prodev week 2 module 1";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var words = context.Args.ToList();
        var (scope, problem) = await scopes.ResolveAsync(context, words, Example, cancellationToken);
        if (scope is null)
        {
            return problem!;
        }

        int? asked = null;
        if (words.Count > 0)
        {
            if (words.Count > 1 || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return Replies.Mistake($"I don't understand `{SlackText.Escape(string.Join(' ', words))}`; give a week number.", Example);
            }

            asked = n;
        }

        if (asked is { } number)
        {
            return scope.Module.FindWeek(number) is { } week
                ? await BuildAsync(context, scope, week, cancellationToken)
                : Replies.Mistake(NoSuchWeek(scope.Module, number), Example);
        }

        if (scope.Calendar is null)
        {
            return Replies.Mistake($"Which week of module {scope.Module.Number}? You're not in a cohort of that module, so I can't tell the current one.", Example);
        }

        var now = scope.Calendar.WeekAt(clock.GetUtcNow());
        return now.Status switch
        {
            ModuleWeekStatus.NotStarted => Replies.Text(
                $"Cohort *{scope.Cohort!.Id}* starts module {scope.Module.Number} on {LocalTimes.Day(scope.Calendar.StartsOn)}. " +
                "Peek ahead with `/prodev week 1`."),
            ModuleWeekStatus.Over => Replies.Text(
                $"Module {scope.Module.Number} for cohort *{scope.Cohort!.Id}* ended on {LocalTimes.Day(scope.Calendar.EndsOn)}. " +
                "Look back with `/prodev week <n>`, or ask your coach to move the cohort to its next module."),
            _ => scope.Module.FindWeek(now.Week) is { } week
                ? await BuildAsync(context, scope, week, cancellationToken)
                : Replies.Text($"Week {now.Week} of module {scope.Module.Number} has no ProDev plan in the curriculum files."),
        };
    }

    // The student's own group shows only for their cohort's module, where the groups were formed.
    private async Task<SlackMessage> BuildAsync(CommandContext context, ModuleScope scope, Curriculum.Week week, CancellationToken cancellationToken) =>
        message.Build(scope, week, scope.Cohort is { } cohort && week.Group != Curriculum.GroupKind.None
            ? await groups.FindAsync(context.UserId, cohort.Id, week.Number, cancellationToken)
            : null);

    private static string NoSuchWeek(Curriculum.Module module, int number) =>
        module.Weeks.Count == 0
            ? $"Module {module.Number} has no weekly plan in the curriculum files yet; there is no week {number}."
            : $"Module {module.Number} has a plan for {module.WeekList()}; there is no week {number}.";
}
