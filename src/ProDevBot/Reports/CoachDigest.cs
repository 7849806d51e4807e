using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProDevBot.Cohorts;
using ProDevBot.Data;
using ProDevBot.Hosting;
using ProDevBot.Nudges;
using ProDevBot.Outbox;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Reports;

/// <summary>
/// The Friday digest, Reports' handler for <see cref="NudgeKind.CoachDigest"/>: one outbox row per coach (keyed coach + cohort + date, so it goes once), listing the students
/// at risk with a button to each one's record. Sent even when nobody is at risk, so its silence never means anything.
/// </summary>
public sealed class CoachDigest(ProDevDbContext db, AtRiskFinder finder, IOptionsMonitor<ProDevOptions> options) : INudgeHandler
{
    public const string RecordAction = "student_record";

    public async Task<List<OutboxEnvelope>> EnvelopesAsync(Cohort cohort, NudgeOccurrence occurrence, string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(occurrence);
        var off = await db.CoachSettings.AsNoTracking().Where(s => s.DigestOff).Select(s => s.CoachId).ToListAsync(cancellationToken);
        var coaches = options.CurrentValue.Coaches.Except(off, StringComparer.Ordinal).ToList();
        if (coaches.Count == 0)
        {
            return [];
        }

        var atRisk = await finder.FindAsync(cohort, occurrence.Week, cancellationToken);
        var message = Build(cohort, occurrence.Week, atRisk);
        return [.. coaches.Select(coach => new OutboxEnvelope($"{keyPrefix}coachdigest:{cohort.Id}:{coach}:{occurrence.Date:yyyy-MM-dd}", "coachdigest", coach, message)
        {
            NotBefore = occurrence.At,
            NotAfter = occurrence.NotAfter,
        })];
    }

    public async Task<SlackMessage> PreviewAsync(Cohort cohort, NudgeOccurrence occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return Build(cohort, occurrence.Week, await finder.FindAsync(cohort, occurrence.Week, cancellationToken));
    }

    public static SlackMessage Build(Cohort cohort, int week, IReadOnlyList<AtRiskStudent> atRisk)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var title = atRisk.Count == 0
            ? $"Cohort {cohort.Id}, week {week}: everyone is on track"
            : $"Cohort {cohort.Id}, week {week}: {atRisk.Count} student{(atRisk.Count == 1 ? "" : "s")} to check in with";
        var builder = new MessageBuilder().Header(title);
        foreach (var student in atRisk.Take(40))
        {
            builder.Section($"<@{student.StudentId}>: {string.Join("; ", student.Reasons)}", ButtonElement.Create("Open record", RecordAction, student.StudentId));
        }

        builder.Context(atRisk.Count > 40
            ? $"…and {atRisk.Count - 40} more: `/prodev report {cohort.Id}` has everyone."
            : $"Full picture: `/prodev report {cohort.Id}`. Turn this digest off with `/prodev digest off`.");
        return builder.Build(title + (atRisk.Count == 0 ? "" : ": " + string.Join(", ", atRisk.Select(a => $"<@{a.StudentId}>"))));
    }
}
