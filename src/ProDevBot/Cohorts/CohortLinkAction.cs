using System.Text.RegularExpressions;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;
using Quartz;

namespace ProDevBot.Cohorts;

/// <summary>`/prodev cohort link &lt;id&gt; &lt;#channel&gt;`: the cohort's channel, whose members become its roster.</summary>
internal sealed partial class CohortLinkAction(ProDevDbContext db, ISchedulerFactory schedulers) : IProDevSubcommand
{
    public const string Example = "/prodev cohort link 2603 #2603-be";
    public const string HelpLine = "the cohort's channel; its members become the roster and follow it";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (cohort, problem) = await CohortLookup.FindAsync(db, context.Args, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        // should_escape turns "#2603-be" into "<#C0123|2603-be>"; a bare id works too.
        var match = context.Args.Count == 2 ? ChannelReference().Match(context.Args[1]) : Match.Empty;
        if (!match.Success)
        {
            return Replies.Mistake("Name the cohort's channel, like #2603-be (pick it from Slack's list so it arrives as a link).", Example);
        }

        cohort.ChannelId = match.Groups["id"].Value;
        await db.SaveChangesAsync(cancellationToken);

        // Reading the members runs as a job, not here: at Slack's pace it can outlast the 3 s a command has.
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(RosterSyncJob.Key, new JobDataMap { ["cohort"] = cohort.Id }, cancellationToken);
        return Replies.Text($"Cohort *{cohort.Id}* is linked to <#{cohort.ChannelId}>. I'm adding its members now (bots and coaches left out); " +
                            $"`/prodev cohort roster {cohort.Id}` shows them in a minute. The roster follows the channel from now on. " +
                            "If I'm not in the channel yet, `/invite @prodevbot` there.");
    }

    [GeneratedRegex(@"^(?:<#(?<id>[CG][A-Z0-9]{2,30})(?:\|[^>]*)?>|(?<id>[CG][A-Z0-9]{2,30}))$")]
    private static partial Regex ChannelReference();
}
