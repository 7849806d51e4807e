using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Nudges;

/// <summary>`/prodev pause [until YYYY-MM-DD]` and `/prodev resume`: a student stops and restarts their nudges.</summary>
internal sealed class PauseCommand(ProDevDbContext db, TimeProvider clock) : IProDevSubcommand
{
    private const string Example = "/prodev pause until 2026-04-06";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.Include(e => e.Cohort).FirstOrDefaultAsync(e => e.StudentId == context.UserId, cancellationToken);
        if (enrollment is null)
        {
            return Replies.Text("You're not in a cohort, so there are no nudges to pause. Join one with `/prodev join <cohort id>`.");
        }

        if (context.Name == "resume")
        {
            if (enrollment.PausedUntil is null)
            {
                return Replies.Text("Your nudges are already on.");
            }

            enrollment.PausedUntil = null;
            await db.SaveChangesAsync(cancellationToken);
            return Replies.Text("Nudges are back on. The next one comes at its usual time.");
        }

        DateOnly until = DateOnly.MaxValue;
        if (context.Args.Count > 0)
        {
            if (context.Args.Count != 2 || !context.Args[0].Equals("until", StringComparison.OrdinalIgnoreCase)
                || !CohortArguments.TryParseDate(context.Args[1], out until))
            {
                return Replies.Mistake("Pause with no date (until you resume) or with `until YYYY-MM-DD`.", Example);
            }

            var today = CohortCalendar.For(enrollment.Cohort!).LocalDate(clock.GetUtcNow());
            if (until < today)
            {
                return Replies.Mistake($"{until:yyyy-MM-dd} has already passed; give a date from today on.", Example);
            }
        }

        enrollment.PausedUntil = until;
        await db.SaveChangesAsync(cancellationToken);
        return Replies.Text(until == DateOnly.MaxValue
            ? "Nudges paused until you `/prodev resume`. `/prodev week` still works any time."
            : $"Nudges paused through {LocalTimes.Day(until)}; they start again the day after. `/prodev resume` turns them back on sooner.");
    }
}
