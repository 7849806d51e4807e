using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Nudges;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>
/// `/prodev join &lt;cohort&gt;`: a student joins (or moves to) a cohort. It also undoes a leave or forget-me for the
/// roster sync, and brings this week's kickoff when it already went out (<see cref="LateKickoff"/>).
/// </summary>
internal sealed class JoinCommand(ProDevDbContext db, TimeProvider clock, StudentCohorts students, LateKickoff kickoff) : IProDevSubcommand
{

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Args.Count != 1)
        {
            return Replies.Mistake("Say which cohort to join; your coach can tell you its id.", "/prodev join 2603");
        }

        var id = context.Args[0];
        var cohort = CohortArguments.IsValidId(id)
            ? await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            : null;
        if (cohort is null)
        {
            return Replies.Text($"There is no cohort `{SlackText.Escape(id)}`. Check the id with your coach; ids look like `2603`.");
        }

        var enrollment = await db.Enrollments.FirstOrDefaultAsync(e => e.StudentId == context.UserId, cancellationToken);
        await RosterOptOuts.OptInAsync(db, context.UserId, cancellationToken);
        if (enrollment?.CohortId == cohort.Id)
        {
            return Replies.Text($"You're already in cohort *{cohort.Id}*. See this week with `/prodev week`.");
        }

        var previous = enrollment?.CohortId;
        if (enrollment is null)
        {
            db.Enrollments.Add(new Enrollment { StudentId = context.UserId, CohortId = cohort.Id, JoinedAt = clock.GetUtcNow() });
        }
        else
        {
            enrollment.CohortId = cohort.Id;
            enrollment.JoinedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        students.Forget(context.UserId);
        await kickoff.SendAsync(cohort, [context.UserId], cancellationToken);
        var moved = previous is null ? "" : $" (you left cohort *{previous}*)";
        return Replies.Text($"Welcome to cohort *{cohort.Id}*, module {cohort.Module}{moved}. See this week with `/prodev week`.");
    }
}
