using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>
/// `/prodev groups room &lt;cohort&gt; &lt;group n&gt; &lt;url&gt;` sets a Homeroom group's meeting link;
/// `… default &lt;url&gt;` the cohort's room for groups without one (Mix It Up meets there, breakout room = group number).
/// `none` instead of a link removes it.
/// </summary>
internal sealed class RoomAction(ProDevDbContext db, GroupRoster roster) : IProDevSubcommand
{
    public const string Example = "/prodev groups room 2603 group 2 https://turing.zoom.us/j/123";
    public const string HelpLine = "set a group's meeting link (`default` for the cohort's)";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        HandleAsync(context, [.. context.Args], cancellationToken);

    private async Task<SlackMessage> HandleAsync(CommandContext context, List<string> words, CancellationToken cancellationToken)
    {
        var (cohort, problem) = await CohortLookup.FindAsync(db, words, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        words.RemoveAt(0);
        var isDefault = words.Count > 0 && string.Equals(words[0], "default", StringComparison.OrdinalIgnoreCase);
        var number = isDefault ? null : GroupArguments.TakeGroupNumber(words);
        if (isDefault)
        {
            words.RemoveAt(0);
        }
        else if (number is null)
        {
            return Replies.Mistake("After the cohort, give the group number or `default`.", Example);
        }

        if (words.Count != 1)
        {
            return Replies.Mistake("End with the meeting link (or `none` to remove it).", Example);
        }

        var clear = string.Equals(words[0], "none", StringComparison.OrdinalIgnoreCase);
        var url = clear ? null : GroupArguments.RoomUrl(words[0]);
        if (!clear && url is null)
        {
            return Replies.Mistake($"`{SlackText.Escape(SlackText.Truncate(words[0], 100))}` is not a link: give the full meeting URL, starting with https://.", Example);
        }

        if (isDefault)
        {
            var settings = await db.CohortGroupSettings.FirstOrDefaultAsync(s => s.CohortId == cohort.Id, cancellationToken);
            if (settings is null)
            {
                db.CohortGroupSettings.Add(settings = new CohortGroupSettings { CohortId = cohort.Id });
            }

            settings.DefaultRoomUrl = url;
            await db.SaveChangesAsync(cancellationToken);
            return Replies.Text(url is null
                ? $"Cohort *{cohort.Id}* has no default room now."
                : $"Cohort *{cohort.Id}*'s default room is {url}: groups without their own room meet there.");
        }

        var groups = await roster.HomeroomAsync(cohort, cancellationToken);
        if (groups.FirstOrDefault(g => g.Number == number) is not { } group)
        {
            return Replies.Mistake(groups.Count == 0
                ? $"Cohort {cohort.Id} has no Homeroom groups yet; form them with `/prodev groups homeroom {cohort.Id}`."
                : $"Cohort {cohort.Id} has groups 1–{groups.Count}; there is no group {number}.", Example);
        }

        group.RoomUrl = url;
        await db.SaveChangesAsync(cancellationToken);
        return Replies.Text(url is null
            ? $"Homeroom group {number} of cohort *{cohort.Id}* has no room of its own now (the default applies)."
            : $"Homeroom group {number} of cohort *{cohort.Id}* meets at {url}.");
    }
}
