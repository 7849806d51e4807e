using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>`/prodev groups homeroom &lt;cohort&gt; [size n] [seed n] [reform]`: the cohort's Homeroom groups for its module.</summary>
internal sealed class HomeroomAction(ProDevDbContext db, GroupRoster roster, CurriculumCatalog curriculum) : IProDevSubcommand
{
    public const string Example = "/prodev groups homeroom 2603 size 5";
    public const string HelpLine = "form Homeroom groups for a cohort's module (default size 5; again to re-form)";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        HandleAsync(context, [.. context.Args], cancellationToken);

    private async Task<SlackMessage> HandleAsync(CommandContext context, List<string> words, CancellationToken cancellationToken)
    {
        if (!GroupArguments.TryTakeNumber(words, "size", GroupSizes.Smallest, GroupSizes.Largest, out var size, out var error)
            || !GroupArguments.TryTakeNumber(words, "seed", 0, int.MaxValue, out var seed, out error))
        {
            return Replies.Mistake(error!, Example);
        }

        var reform = GroupArguments.TakeFlag(words, "reform");
        var (cohort, problem) = await CohortLookup.FindAsync(db, words, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        if (words.Count > 1)
        {
            return Replies.Mistake($"I don't understand `{SlackText.Escape(string.Join(' ', words.Skip(1)))}`.", Example);
        }

        var existing = await roster.HomeroomAsync(cohort, cancellationToken);
        if (existing.Count > 0 && !reform)
        {
            return Replies.Text(
                $"Cohort *{cohort.Id}* already has {existing.Count} Homeroom groups for module {cohort.Module}; they stay for the whole module. " +
                $"See them with `/prodev groups show {cohort.Id}`. To start over, add `reform`: `/prodev groups homeroom {cohort.Id} reform` " +
                "replaces the groups and drops their room links.");
        }

        var students = await roster.ActiveStudentsAsync(cohort, cancellationToken);
        var enrolled = await db.Enrollments.CountAsync(e => e.CohortId == cohort.Id, cancellationToken);
        if (students.Count < 2)
        {
            return Replies.Text($"Cohort *{cohort.Id}* has {students.Count} student(s) who can be placed ({enrolled - students.Count} paused); " +
                                "a group needs at least two. Students join with `/prodev join " + cohort.Id + "`.");
        }

        var round = GroupRounds.Homeroom(cohort.Id, cohort.Module);
        var used = seed ?? (existing.Count > 0 ? (existing[0].Seed + 1) & int.MaxValue : GroupRounds.DefaultSeed(round));
        var groups = await roster.FormHomeroomAsync(cohort, students, size ?? GroupSizes.Default, used, context.UserId, cancellationToken);
        var defaultRoom = await db.CohortGroupSettings.AsNoTracking().Where(s => s.CohortId == cohort.Id).Select(s => s.DefaultRoomUrl).FirstOrDefaultAsync(cancellationToken);

        var summary = $"Formed {groups.Count} Homeroom groups for cohort *{cohort.Id}* (module {cohort.Module}) from {students.Count} students, " +
                      $"at most {size ?? GroupSizes.Default} a group. They stay for the module; students see theirs in `/prodev week`, the Wednesday reminder and Home.";
        return GroupListing.Build(summary, groups, defaultRoom, false,
            existing.Count > 0 ? $"Re-formed: the {existing.Count} old groups and their room links are gone; the cohort's default room applies until you set new ones." : "",
            enrolled > students.Count ? $"{enrolled - students.Count} paused student(s) left out; each goes to the smallest group on resuming." : "",
            curriculum.Find(cohort.Module) is { } module && module.Weeks.All(w => w.Group != GroupKind.Homeroom)
                ? $"Module {cohort.Module}'s plan lists no Homeroom week, so students will not see these groups in a week's plan." : "",
            $"Seed {used}: late joiners go to the smallest group; `/prodev groups move` and `room` adjust them.");
    }
}
