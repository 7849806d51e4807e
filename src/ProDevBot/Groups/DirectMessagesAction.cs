using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>`/prodev groups dm &lt;cohort&gt; on|off`: whether each group gets a group DM on the Monday of its week.</summary>
internal sealed class DirectMessagesAction(ProDevDbContext db) : IProDevSubcommand
{
    public const string Example = "/prodev groups dm 2603 on";
    public const string HelpLine = "open a group DM per group on a group week's Monday (on|off)";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        HandleAsync(context, [.. context.Args], cancellationToken);

    private async Task<SlackMessage> HandleAsync(CommandContext context, List<string> words, CancellationToken cancellationToken)
    {
        var (cohort, problem) = await CohortLookup.FindAsync(db, words, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        if (words.Count != 2 || words[1].ToLowerInvariant() is not ("on" or "off"))
        {
            return Replies.Mistake("End with `on` or `off`.", Example);
        }

        var on = string.Equals(words[1], "on", StringComparison.OrdinalIgnoreCase);
        var settings = await db.CohortGroupSettings.FirstOrDefaultAsync(s => s.CohortId == cohort.Id, cancellationToken);
        if (settings is null)
        {
            db.CohortGroupSettings.Add(settings = new CohortGroupSettings { CohortId = cohort.Id });
        }

        settings.DirectMessages = on;
        await db.SaveChangesAsync(cancellationToken);
        return Replies.Text(on
            ? $"On: each group of cohort *{cohort.Id}* gets a group DM from me on the Monday of its group week, with a hello and the week's prompt (Slack opens group DMs of at most 8 people, so larger groups get none)."
            : $"Off: no group DMs for cohort *{cohort.Id}*.");
    }
}
