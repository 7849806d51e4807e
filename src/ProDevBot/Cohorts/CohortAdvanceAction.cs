using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Nudges;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>`/prodev cohort advance &lt;id&gt; module &lt;n&gt; starts &lt;date&gt;`: move a cohort to its next module.</summary>
internal sealed class CohortAdvanceAction(ProDevDbContext db, CurriculumCatalog curriculum, StudentCohorts students, INudgeScheduler scheduler) : IProDevSubcommand
{
    public const string Example = "/prodev cohort advance 2603 module 2 starts 2026-04-27";
    public const string HelpLine = "move the cohort to its next module";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (cohort, problem) = await CohortLookup.FindAsync(db, context.Args, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        var words = context.Args.Skip(1).ToList();
        if (!CohortArguments.TryTakeModule(words, out var module, out var error) || module is null)
        {
            return Replies.Mistake(error ?? "Say which module the cohort moves to: `module 2`.", Example);
        }

        if (curriculum.Find(module.Value) is null)
        {
            return Replies.Mistake($"There is no module {module}.", Example);
        }

        if (words.Count != 2 || !words[0].Equals("starts", StringComparison.OrdinalIgnoreCase))
        {
            return Replies.Mistake("Say when the new module's week 1 starts: `starts YYYY-MM-DD` (a Monday).", Example);
        }

        if (!CohortArguments.TryParseStart(words[1], out var startsOn, out error))
        {
            return Replies.Mistake(error!, Example);
        }

        var before = $"module {cohort.Module} from {cohort.StartsOn:yyyy-MM-dd}";
        cohort.Module = module.Value;
        cohort.StartsOn = startsOn;
        await db.SaveChangesAsync(cancellationToken);
        students.ForgetAll();
        await scheduler.ScheduleAsync(cohort, cancellationToken);
        return Replies.Text($"Cohort *{cohort.Id}* moved from {before} to module {module}, week 1 starting Monday {startsOn:yyyy-MM-dd}. Its nudges follow the new dates.");
    }
}
