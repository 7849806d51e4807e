using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>`/prodev groups mixitup &lt;week&gt; cohorts &lt;id&gt; &lt;id&gt; … [size n] [seed n] [reform]`: one week's groups across cohorts.</summary>
internal sealed class MixItUpAction(ProDevDbContext db, GroupRoster roster, MixItUpRounds rounds, CurriculumCatalog curriculum) : IProDevSubcommand
{
    public const string Example = "/prodev groups mixitup 2 cohorts 2603 2511 2508 size 5";
    public const string HelpLine = "form a Mix It Up week's groups across cohorts, each with a Mod 3 or 4 student, no repeat pairs";

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
        if (words.Count == 0 || !GroupArguments.TryNumber(words[0], out var week) || week < 1 || week > CohortCalendar.WeeksPerModule)
        {
            return Replies.Mistake($"Start with the module week the groups meet (1–{CohortCalendar.WeeksPerModule}).", Example);
        }

        if (words.Count < 2 || !words[1].StartsWith("cohort", StringComparison.OrdinalIgnoreCase))
        {
            return Replies.Mistake("After the week, write `cohorts` and the cohort ids.", Example);
        }

        var ids = words.Skip(2).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count < 2)
        {
            return Replies.Mistake("Mix It Up mixes cohorts: name at least two.", Example);
        }

        var cohorts = new List<Cohort>();
        foreach (var id in ids)
        {
            if (!CohortArguments.IsValidId(id) || await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } cohort)
            {
                return Replies.Mistake($"There is no cohort `{SlackText.Escape(id)}`; `/prodev cohort list` shows them.", Example);
            }

            cohorts.Add(cohort);
        }

        if (WeekProblem(cohorts, week) is { } notMixItUp)
        {
            return Replies.Mistake(notMixItUp, Example);
        }

        var existing = await rounds.ExistingAsync(cohorts, week, cancellationToken);
        if (existing.Count > 0 && !reform)
        {
            return Replies.Text($"Week {week} already has Mix It Up groups for some of these cohorts. See them with `/prodev groups show {cohorts[0].Id} week {week}`; " +
                                "add `reform` to replace them (every group in those rounds is formed again).");
        }

        var placeable = 0;
        foreach (var cohort in cohorts)
        {
            placeable += (await roster.ActiveStudentsAsync(cohort, cancellationToken)).Count;
        }

        if (placeable < 2)
        {
            return Replies.Text($"These cohorts have {placeable} student(s) who can be placed (paused students are left out); a group needs at least two.");
        }

        var (groups, arrangement) = await rounds.FormAsync(cohorts, week, size ?? GroupSizes.Default, seed, existing, context.UserId, cancellationToken);
        var seniors = groups.SelectMany(g => g.Members).Count(m => m.Module >= 3);
        var summary = $"Formed {groups.Count} Mix It Up groups for week {week} from {placeable} students of {string.Join(", ", ids)}, at most {size ?? GroupSizes.Default} a group.";
        return GroupListing.Build(summary, groups, null, true,
            arrangement.GroupsWithoutSenior == 0
                ? "Every group has a Mod 3 or 4 student."
                : $"Not enough Mod 3 or 4 students: {seniors} for {groups.Count} groups, so {arrangement.GroupsWithoutSenior} group(s) have none.",
            arrangement.RepeatPairs == 0
                ? "No two students meet again from an earlier Mix It Up."
                : $"{arrangement.RepeatPairs} pair(s) meet again from an earlier Mix It Up: the search found no arrangement without repeats.",
            existing.Count > 0 ? $"Replaced the earlier groups of week {week} ({existing.Count} round(s))." : "",
            $"Seed {groups[0].Seed}. Rooms: each student's cohort default room (`/prodev groups room <cohort> default <url>`), breakout room = group number.");
    }

    // The week must be a Mix It Up week in every named cohort's module that has a plan for it.
    private string? WeekProblem(List<Cohort> cohorts, int week)
    {
        var listed = false;
        foreach (var cohort in cohorts)
        {
            if (curriculum.Find(cohort.Module) is not { } module)
            {
                return $"Cohort {cohort.Id} is in module {cohort.Module}, which the curriculum does not have.";
            }

            var planned = module.FindWeek(week);
            if (planned is not null && planned.Group != GroupKind.MixItUp)
            {
                var weeks = module.Weeks.Where(w => w.Group == GroupKind.MixItUp).Select(w => w.Number).ToList();
                return $"Week {week} is not a Mix It Up week for cohort {cohort.Id}: module {module.Number} has " +
                       (weeks.Count == 0 ? "no Mix It Up week." : $"Mix It Up in week(s) {string.Join(" and ", weeks)}.");
            }

            listed |= planned is not null;
        }

        return listed ? null : $"None of these cohorts' modules has a plan for week {week}, so it is not a Mix It Up week.";
    }
}
