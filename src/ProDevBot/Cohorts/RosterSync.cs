using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProDevBot.Data;
using ProDevBot.Hosting;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Cohorts;

/// <summary>
/// Makes a cohort's roster follow its Slack channel: members become students (bots, deactivated accounts and
/// coaches left out), and students the channel brought in leave when they leave it. Students who joined with
/// `/prodev join` stay whatever the channel says; a student already in another cohort is not moved.
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

        var enrolled = await db.Enrollments.Where(e => members.Contains(e.StudentId) || e.CohortId == cohort.Id).ToListAsync(cancellationToken);
        var byStudent = enrolled.ToDictionary(e => e.StudentId, StringComparer.Ordinal);
        var added = 0;
        var skipped = 0;
        foreach (var member in members.Where(m => !byStudent.ContainsKey(m)).Order(StringComparer.Ordinal))
        {
            if (options.CurrentValue.IsCoach(member) || await IsNotAStudentAsync(member, cancellationToken))
            {
                skipped++;
                continue;
            }

            db.Enrollments.Add(new Enrollment { StudentId = member, CohortId = cohort.Id, JoinedAt = clock.GetUtcNow(), Source = EnrollmentSource.Roster });
            added++;
        }

        var departed = enrolled.Where(e => e.CohortId == cohort.Id && e.Source == EnrollmentSource.Roster && !members.Contains(e.StudentId)).ToList();
        db.Enrollments.RemoveRange(departed);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var student in departed.Select(e => e.StudentId).Concat(members))
        {
            students.Forget(student);
        }

        return new RosterChange(added, departed.Count, skipped);
    }

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
