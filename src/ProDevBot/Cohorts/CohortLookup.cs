using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>The first word of most coach actions is a cohort id; this finds it or says what is wrong.</summary>
internal static class CohortLookup
{
    public static async Task<(Cohort? Cohort, SlackMessage? Problem)> FindAsync(
        ProDevDbContext db, IReadOnlyList<string> words, string example, CancellationToken cancellationToken)
    {
        if (words.Count == 0 || !CohortArguments.IsValidId(words[0]))
        {
            return (null, Replies.Mistake("Start with the cohort id.", example));
        }

        var cohort = await db.Cohorts.Include(c => c.Pauses).FirstOrDefaultAsync(c => c.Id == words[0], cancellationToken);
        return cohort is null
            ? (null, Replies.Mistake($"There is no cohort `{words[0]}`; `/prodev cohort list` shows them.", example))
            : (cohort, null);
    }
}
