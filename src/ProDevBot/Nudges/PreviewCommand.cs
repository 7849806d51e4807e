using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Nudges;

/// <summary>
/// `/prodev preview kickoff|group|deadlines [week] [cohort &lt;id&gt;]`: exactly what students would get, sent to
/// nobody. Coaches name a cohort; a student previews their own.
/// </summary>
internal sealed class PreviewCommand(ProDevDbContext db, StudentCohorts students, CurriculumCatalog curriculum, NudgeMessages messages, TimeProvider clock) : IProDevSubcommand
{
    private const string Example = "/prodev preview kickoff 2 cohort 2603";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var words = context.Args.ToList();
        Cohort? cohort;
        var at = words.FindIndex(w => w.Equals("cohort", StringComparison.OrdinalIgnoreCase));
        if (at >= 0 && at + 1 < words.Count)
        {
            var id = words[at + 1];
            words.RemoveRange(at, 2);
            cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (cohort is null)
            {
                return Replies.Mistake($"There is no cohort `{SlackText.Escape(id)}`.", Example);
            }
        }
        else
        {
            cohort = await students.FindAsync(context.UserId, cancellationToken);
            if (cohort is null)
            {
                return Replies.Mistake("Name the cohort to preview for.", Example);
            }
        }

        if (words.Count is 0 or > 2 || NudgeChoice.ParseKind(words[0]) is not { } kind)
        {
            return Replies.Mistake("Say which nudge to preview: kickoff, group or deadlines, and optionally a week.", Example);
        }

        int? week = null;
        if (words.Count == 2)
        {
            if (!int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return Replies.Mistake($"`{SlackText.Escape(words[1])}` is not a week number.", Example);
            }

            week = n;
        }

        var module = curriculum.Find(cohort.Module)!;
        var occurrence = NudgeChoice.Pick(NudgeCalendar.For(cohort, module), kind, week, cohort, clock.GetUtcNow());
        if (occurrence is null)
        {
            return Replies.Text($"Cohort *{cohort.Id}* has no {words[0].ToLowerInvariant()} nudge {(week is null ? "coming up" : $"in week {week}")}.");
        }

        var message = messages.Build(occurrence, cohort, module, occurrence.Deliverables);
        var calendar = CohortCalendar.For(cohort);
        var header = $"Preview, sent to nobody: cohort {cohort.Id} gets this on {LocalTimes.Day(occurrence.Date)} at {LocalTimes.Time(occurrence.At, calendar.Zone)}.";
        var blocks = new List<Block> { new ContextBlock([new MarkdownText(header)]) };
        blocks.AddRange(message.Blocks ?? []);
        return message with { Text = $"{header} {message.Text}", Blocks = [.. blocks.Take(SlackLimits.MessageBlocks)] };
    }
}
