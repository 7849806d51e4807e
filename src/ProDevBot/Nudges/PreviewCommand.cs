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
/// nobody. A student previews their own cohort; naming another is for coaches. `preview digest cohort &lt;id&gt;` shows
/// coaches the real Friday digest for that cohort (students are told it is the coaches').
/// </summary>
internal sealed class PreviewCommand(
    ProDevDbContext db, StudentCohorts students, CurriculumCatalog curriculum, NudgeMessages messages, IServiceProvider services, TimeProvider clock)
    : IProDevSubcommand
{
    private const string Example = "/prodev preview kickoff 2 cohort 2603";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var words = context.Args.ToList();
        string? named = null;
        var at = words.FindIndex(w => w.Equals("cohort", StringComparison.OrdinalIgnoreCase));
        if (at >= 0 && at + 1 < words.Count)
        {
            named = words[at + 1];
            words.RemoveRange(at, 2);
        }

        var digest = words.Count > 0 && NudgeChoice.ParseKind(words[0]) == NudgeKind.CoachDigest;
        if (digest && !context.IsCoach)
        {
            return Replies.Text("The Friday digest goes to coaches only: it names the students in a cohort who need a word. " +
                "`/prodev preview kickoff`, `group` or `deadlines` shows the nudges you get.");
        }

        var own = await students.FindAsync(context.UserId, cancellationToken);
        Cohort? cohort;
        if (named is not null)
        {
            // A student's own cohort may be named; any other is a coach's view (and its existence is not confirmed).
            if (!context.IsCoach && !string.Equals(named, own?.Id, StringComparison.Ordinal))
            {
                return Replies.CoachesOnly("previewing another cohort's nudges");
            }

            cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == named, cancellationToken);
            if (cohort is null)
            {
                return Replies.Mistake($"There is no cohort `{SlackText.Escape(named)}`.", Example);
            }
        }
        else
        {
            cohort = digest ? null : own;
            if (cohort is null)
            {
                return Replies.Mistake("Name the cohort to preview for.", digest ? "/prodev preview digest cohort 2603" : Example);
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

        var calendar = CohortCalendar.For(cohort);
        var when = $"{LocalTimes.Day(occurrence.Date)} at {LocalTimes.Time(occurrence.At, calendar.Zone)}";
        var (message, header) = kind == NudgeKind.CoachDigest
            ? (await services.GetRequiredKeyedService<INudgeHandler>(kind).PreviewAsync(cohort, occurrence, cancellationToken),
                $"Preview, sent to nobody: coaches get this on {when}.")
            : (messages.Build(occurrence, cohort, module, occurrence.Deliverables), $"Preview, sent to nobody: cohort {cohort.Id} gets this on {when}.");
        var blocks = new List<Block> { new ContextBlock([new MarkdownText(header)]) };
        blocks.AddRange(message.Blocks ?? []);
        return message with { Text = $"{header} {message.Text}", Blocks = [.. blocks.Take(SlackLimits.MessageBlocks)] };
    }
}
