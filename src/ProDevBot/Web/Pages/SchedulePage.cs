using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Nudges;
using ProDevBot.Reports;
using ProDevBot.Slack.Blocks;
using ProDevBot.Web.Html;

namespace ProDevBot.Web.Pages;

/// <summary>
/// `/web/cohorts/{id}/schedule`: the cohort's coming nudges week by week, each with its local time, how many would get
/// it (from the runner itself), whether a cohort pause skips it, and the message as built for sending.
/// </summary>
internal static class SchedulePage
{
    public static async Task<IResult> GetAsync(
        string id, ProDevDbContext db, CurriculumCatalog curriculum, NudgeRunner runner, NudgeMessages messages, AtRiskFinder atRisk,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Pauses).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cohort is null || curriculum.Find(cohort.Module) is not { } module)
        {
            return CohortPage.NotFound(cohort is null ? $"There is no cohort {id}." : $"Cohort {id}'s module {cohort.Module} is not in the curriculum.");
        }

        var calendar = CohortCalendar.For(cohort);
        var now = clock.GetUtcNow();
        var ran = (await db.NudgeRuns.AsNoTracking().Where(r => r.CohortId == cohort.Id).Select(r => r.Occurrence).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var coming = NudgeCalendar.For(cohort, module).Where(o => o.NotAfter > now && !ran.Contains(NudgeRun.For(module.Number, o))).ToList();
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p>Module {module.Number}, times in {HtmlPage.E(calendar.Zone.Id)}. <a href=\"/web/cohorts/{HtmlPage.E(Uri.EscapeDataString(cohort.Id))}\">Back to the report</a></p>\n");
        if (coming.Count == 0)
        {
            body.Append("<p>No nudges are left in this module.</p>");
        }

        foreach (var week in coming.GroupBy(o => o.Week))
        {
            body.Append(CultureInfo.InvariantCulture, $"<h2>Week {week.Key}</h2>\n");
            foreach (var occurrence in week)
            {
                var envelopes = cohort.Pauses.Any(p => p.Covers(occurrence.Date))
                    ? null
                    : await runner.EnvelopesAsync(cohort, module, occurrence, "", cancellationToken);
                var paused = await db.Enrollments.CountAsync(e => e.CohortId == cohort.Id && e.PausedUntil != null && e.PausedUntil >= occurrence.Date, cancellationToken);
                var message = await MessageAsync(occurrence, cohort, module, envelopes, messages, atRisk, cancellationToken);
                body.Append("<section class=\"nudge\">\n")
                    .Append(CultureInfo.InvariantCulture, $"<h3>{HtmlPage.E(Name(occurrence.Kind))}: {HtmlPage.E(LocalTimes.Day(occurrence.Date))} at {HtmlPage.E(LocalTimes.Time(occurrence.At, calendar.Zone))}</h3>\n")
                    .Append("<p>")
                    .Append(envelopes is null
                        ? "<span class=\"skipped\">Skipped: the cohort is paused that day.</span>"
                        : string.Create(CultureInfo.InvariantCulture, $"Recipients: {envelopes.Count}"))
                    .Append(paused == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" · {paused} student{(paused == 1 ? "" : "s")} paused"))
                    .Append("</p>\n")
                    .Append(BlockKitHtml.Render(message)).Append("\n</section>\n");
            }
        }

        return HtmlPage.Result($"Cohort {cohort.Id}: coming nudges", body.ToString());
    }

    /// <summary>
    /// The message as sent. Where each student's differs (a reminder lists only what they have not done) it is shown
    /// for a student who has done none of it, as `/prodev preview` does.
    /// </summary>
    private static async Task<SlackMessage> MessageAsync(
        NudgeOccurrence occurrence, Cohort cohort, Module module, List<Outbox.OutboxEnvelope>? envelopes, NudgeMessages messages, AtRiskFinder atRisk,
        CancellationToken cancellationToken) =>
        occurrence.Kind == NudgeKind.CoachDigest
            ? envelopes?.FirstOrDefault()?.Message ?? CoachDigest.Build(cohort, occurrence.Week, await atRisk.FindAsync(cohort, occurrence.Week, cancellationToken))
            : messages.Build(occurrence, cohort, module, occurrence.Deliverables);

    private static string Name(NudgeKind kind) => kind switch
    {
        NudgeKind.Kickoff => "Monday kickoff",
        NudgeKind.Group => "Group reminder",
        NudgeKind.Deadline => "Deadline reminder",
        NudgeKind.SelfEvaluation => "Self-evaluation reminder",
        _ => "Coach digest",
    };
}
