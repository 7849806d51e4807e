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

        var previous = await db.Enrollments.AsNoTracking().Where(e => e.StudentId == context.UserId)
            .Select(e => e.CohortId).FirstOrDefaultAsync(cancellationToken);
        await RosterOptOuts.OptInAsync(db, context.UserId, cancellationToken);

        // One upsert: a roster sync or a second join racing this one cannot collide on the key, and a student who
        // joins by command is marked so, which keeps the new cohort's roster sync from removing them.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "Enrollments" ("StudentId", "CohortId", "JoinedAt", "Source", "MutedNudges")
            VALUES ({context.UserId}, {cohort.Id}, {clock.GetUtcNow()}, {(int)EnrollmentSource.Joined}, 0)
            ON CONFLICT ("StudentId") DO UPDATE SET
                "CohortId" = excluded."CohortId",
                "Source" = excluded."Source",
                "JoinedAt" = CASE WHEN "Enrollments"."CohortId" = excluded."CohortId" THEN "Enrollments"."JoinedAt" ELSE excluded."JoinedAt" END
            """,
            cancellationToken);
        if (previous == cohort.Id)
        {
            return Replies.Text($"You're already in cohort *{cohort.Id}*. See this week with `/prodev week`.");
        }

        students.Forget(context.UserId);
        await kickoff.SendAsync(cohort, [context.UserId], cancellationToken);
        var moved = previous is null ? "" : $" (you left cohort *{previous}*)";
        return Replies.Text($"Welcome to cohort *{cohort.Id}*, module {cohort.Module}{moved}. See this week with `/prodev week`.");
    }
}
