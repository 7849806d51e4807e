using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProDevBot.Data;
using ProDevBot.Hosting;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Cohorts;

/// <summary>
/// Makes a cohort's roster follow its Slack channel: members become students (bots, deactivated accounts, coaches and
/// students who left or were forgotten left out), and students the channel brought in leave when they leave it.
/// Students who joined with `/prodev join` stay whatever the channel says; a student already in another cohort is not
/// moved. Every write is one idempotent statement, so a `/prodev join` racing the sync costs nothing.
/// </summary>
public sealed class RosterSync(ProDevDbContext db, ISlackApi slack, StudentCohorts students, IOptionsMonitor<ProDevOptions> options, TimeProvider clock)
{
    public async Task<RosterChange> SyncAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        if (cohort.ChannelId is null)
        {
            return new RosterChange(0, 0, 0);
        }

        var members = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var member in slack.GetChannelMembersAsync(cohort.ChannelId, cancellationToken))
        {
            members.Add(member);
        }

        var enrolled = await db.Enrollments.AsNoTracking().Where(e => members.Contains(e.StudentId) || e.CohortId == cohort.Id).ToListAsync(cancellationToken);
        var optedOut = await db.RosterOptOuts.AsNoTracking().Where(o => members.Contains(o.StudentId)).Select(o => o.StudentId).ToListAsync(cancellationToken);
        var known = enrolled.Select(e => e.StudentId).Concat(optedOut).ToHashSet(StringComparer.Ordinal);
        var added = new List<string>();
        var skipped = 0;
        foreach (var member in members.Where(m => !known.Contains(m)).Order(StringComparer.Ordinal))
        {
            if (options.CurrentValue.IsCoach(member) || await IsNotAStudentAsync(member, cancellationToken))
            {
                skipped++;
                continue;
            }

            // The member may have joined by command or left since the read above: the insert then does nothing.
            if (await EnrollAsync(member, cohort.Id, cancellationToken) == 1)
            {
                added.Add(member);
            }
        }

        var departed = enrolled.Where(e => e.CohortId == cohort.Id && e.Source == EnrollmentSource.Roster && !members.Contains(e.StudentId))
            .Select(e => e.StudentId).ToList();
        var removed = await db.Enrollments
            .Where(e => departed.Contains(e.StudentId) && e.CohortId == cohort.Id && e.Source == EnrollmentSource.Roster)
            .ExecuteDeleteAsync(cancellationToken);
        foreach (var student in departed.Concat(members))
        {
            students.Forget(student);
        }

        return new RosterChange(added.Count, removed, skipped) { AddedStudents = added };
    }

    private Task<int> EnrollAsync(string studentId, string cohortId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "Enrollments" ("StudentId", "CohortId", "JoinedAt", "Source", "MutedNudges")
            SELECT {studentId}, {cohortId}, {clock.GetUtcNow()}, {(int)EnrollmentSource.Roster}, 0
            WHERE NOT EXISTS (SELECT 1 FROM "RosterOptOuts" WHERE "StudentId" = {studentId})
            ON CONFLICT ("StudentId") DO NOTHING
            """,
            cancellationToken);

    private async Task<bool> IsNotAStudentAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            var user = await slack.GetUserAsync(userId, cancellationToken);
            return user.IsBot || user.Deleted;
        }
        catch (SlackApiException error) when (error.Kind == SlackErrorKind.Permanent)
        {
            return true; // user_not_found and the like: nobody to nudge
        }
    }
}
