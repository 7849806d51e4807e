using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>`/prodev leave`: a student leaves their cohort, and its channel's roster sync leaves them out until they join again.</summary>
internal sealed class LeaveCommand(ProDevDbContext db, StudentCohorts students) : IProDevSubcommand
{

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.FirstOrDefaultAsync(e => e.StudentId == context.UserId, cancellationToken);
        if (enrollment is null)
        {
            return Replies.Text("You're not in a cohort, so there is nothing to leave. Join one with `/prodev join <cohort id>`.");
        }

        // One transaction: a crash or a roster sync between the two writes cannot put the student back.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await RosterOptOuts.OptOutAsync(db, context.UserId, cancellationToken);
            db.Enrollments.Remove(enrollment);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        students.Forget(context.UserId);
        return Replies.Text($"You left cohort *{enrollment.CohortId}*. The channel's roster will not add you back; rejoin any time with `/prodev join {enrollment.CohortId}`.");
    }
}
