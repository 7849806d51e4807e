using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>`/prodev cohort roster &lt;id&gt;`: who is in the cohort and who is paused.</summary>
internal sealed class CohortRosterAction(ProDevDbContext db) : IProDevSubcommand
{
    public const string Example = "/prodev cohort roster 2603";
    public const string HelpLine = "who is in the cohort and who is paused";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (cohort, problem) = await CohortLookup.FindAsync(db, context.Args, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        var students = await db.Enrollments.AsNoTracking().Where(e => e.CohortId == cohort.Id).OrderBy(e => e.StudentId).ToListAsync(cancellationToken);
        if (students.Count == 0)
        {
            return Replies.Text($"Cohort *{cohort.Id}* has no students yet. Link its channel with `/prodev cohort link {cohort.Id} #channel`, or students `/prodev join {cohort.Id}`.");
        }

        var lines = students.Select(e => $"• <@{e.StudentId}>" +
            (e.PausedUntil is null ? "" : e.PausedUntil == DateOnly.MaxValue ? ": paused" : $": paused through {e.PausedUntil:yyyy-MM-dd}") +
            (e.Source == EnrollmentSource.Joined ? " (joined by command)" : ""));
        var paused = students.Count(e => e.PausedUntil is not null);
        return new MessageBuilder()
            .Header($"Cohort {cohort.Id}: {students.Count} students, {paused} paused")
            .Section(string.Join('\n', lines))
            .Context(cohort.ChannelId is null ? "No channel linked." : $"Roster follows <#{cohort.ChannelId}>.")
            .Build($"Cohort {cohort.Id}: {students.Count} students, {paused} paused");
    }
}
