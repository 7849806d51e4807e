using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Nudges;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>`/prodev cohort pause &lt;id&gt; &lt;from&gt; &lt;to&gt;`: no nudges for the cohort on those dates (holidays, intermissions).</summary>
internal sealed class CohortPauseAction(ProDevDbContext db, INudgeScheduler scheduler) : IProDevSubcommand
{
    public const string Example = "/prodev cohort pause 2603 2026-03-23 2026-03-27";
    public const string HelpLine = "no nudges for the cohort on those days (breaks)";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (cohort, problem) = await CohortLookup.FindAsync(db, context.Args, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        if (context.Args.Count != 3 || !CohortArguments.TryParseDate(context.Args[1], out var from) || !CohortArguments.TryParseDate(context.Args[2], out var to))
        {
            return Replies.Mistake("Give the first and last day of the break as YYYY-MM-DD.", Example);
        }

        if (to < from)
        {
            return Replies.Mistake($"The break ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", Example);
        }

        db.CohortPauses.Add(new CohortPause { CohortId = cohort.Id, From = from, To = to });
        await db.SaveChangesAsync(cancellationToken);
        await scheduler.ScheduleAsync(cohort, cancellationToken);
        var all = string.Join('\n', cohort.Pauses.OrderBy(p => p.From).Select(p => $"• {LocalTimes.Day(p.From)} – {LocalTimes.Day(p.To)}"));
        return Replies.Text($"No nudges for cohort *{cohort.Id}* from {LocalTimes.Day(from)} to {LocalTimes.Day(to)}, inclusive.\n*Breaks*\n{all}");
    }
}
