using System.Text.RegularExpressions;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Cohorts;

/// <summary>`/prodev cohort link &lt;id&gt; &lt;#channel&gt;`: the cohort's channel, whose members become its roster.</summary>
internal sealed partial class CohortLinkAction(ProDevDbContext db, RosterSync roster) : ICohortAction
{
    private const string Example = "/prodev cohort link 2603 #2603-be";

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
        try
        {
            var change = await roster.SyncAsync(cohort, cancellationToken);
            return Replies.Text($"Cohort *{cohort.Id}* is linked to <#{cohort.ChannelId}>: {change.Added} students added from its members" +
                                $"{(change.LeftOut > 0 ? $", {change.LeftOut} bots or coaches left out" : "")}. The roster follows the channel from now on.");
        }
        catch (SlackApiException error) when (error.Error is "not_in_channel" or "channel_not_found")
        {
            return Replies.Text($"Linked *{cohort.Id}* to <#{cohort.ChannelId}>, but I can't read its members yet ({error.Error}). Invite me with `/invite @prodevbot` in the channel, then run `/prodev cohort link` again.");
        }
    }

    [GeneratedRegex(@"^(?:<#(?<id>[CG][A-Z0-9]{2,30})(?:\|[^>]*)?>|(?<id>[CG][A-Z0-9]{2,30}))$")]
    private static partial Regex ChannelReference();
}
