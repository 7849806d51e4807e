using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>`/prodev groups show &lt;cohort&gt; [week n]`: the Homeroom groups, or the groups meeting in a given week.</summary>
internal sealed class ShowAction(ProDevDbContext db, GroupRoster roster, CurriculumCatalog curriculum) : IProDevSubcommand
{
    public const string Example = "/prodev groups show 2603 week 2";
    public const string HelpLine = "list a cohort's groups, members and rooms (a Mix It Up week with `week <n>`)";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        HandleAsync(context, [.. context.Args], cancellationToken);

    private async Task<SlackMessage> HandleAsync(CommandContext context, List<string> words, CancellationToken cancellationToken)
    {
        if (!GroupArguments.TryTakeNumber(words, "week", 1, CohortCalendar.WeeksPerModule, out var week, out var error))
        {
            return Replies.Mistake(error!, Example);
        }

        var (cohort, problem) = await CohortLookup.FindAsync(db, words, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        if (words.Count > 1)
        {
            return Replies.Mistake($"I don't understand `{SlackText.Escape(string.Join(' ', words.Skip(1)))}`.", Example);
        }

        var kind = week is { } n ? curriculum.Find(cohort.Module)?.FindWeek(n)?.Group ?? GroupKind.MixItUp : GroupKind.Homeroom;
        var defaultRoom = await db.CohortGroupSettings.AsNoTracking().Where(s => s.CohortId == cohort.Id).Select(s => s.DefaultRoomUrl).FirstOrDefaultAsync(cancellationToken);
        var room = defaultRoom is null ? "No default room yet." : $"Default room: {defaultRoom}";
        switch (kind)
        {
            case GroupKind.Homeroom:
                var homeroom = await roster.SyncHomeroomAsync(cohort, cancellationToken);
                return homeroom.Count == 0
                    ? Replies.Text($"Cohort *{cohort.Id}* has no Homeroom groups for module {cohort.Module} yet. Form them with `/prodev groups homeroom {cohort.Id}`.")
                    : GroupListing.Build($"Homeroom groups of cohort *{cohort.Id}* (module {cohort.Module}" + (week is null ? ")" : $", week {week})"), homeroom, defaultRoom, false, room);
            case GroupKind.MixItUp:
                var mixed = await db.StudentGroups.AsNoTracking().Include(g => g.Members)
                    .Where(g => g.Kind == GroupKind.MixItUp && g.Week == week && g.Members.Any(m => m.CohortId == cohort.Id && m.Module == cohort.Module))
                    .OrderBy(g => g.Round).ThenBy(g => g.Number).ToListAsync(cancellationToken);
                return mixed.Count == 0
                    ? Replies.Text($"No Mix It Up groups for cohort *{cohort.Id}* in week {week} yet. Form them with `{MixItUpAction.Example}`.")
                    : GroupListing.Build($"Mix It Up groups with cohort *{cohort.Id}*, week {week}", mixed, null, true, room);
            default:
                return Replies.Mistake($"Week {week} of module {cohort.Module} has no Wednesday group.", Example);
        }
    }
}
