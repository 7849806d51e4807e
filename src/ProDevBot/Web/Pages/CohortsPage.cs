using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Data;
using ProDevBot.Reports;
using ProDevBot.Web.Html;

namespace ProDevBot.Web.Pages;

/// <summary>`/web/cohorts`: every cohort with its module, current week, size and this week's completion.</summary>
internal static class CohortsPage
{
    public static async Task<IResult> GetAsync(ProDevDbContext db, CohortReports reports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var cohorts = await db.Cohorts.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (cohorts.Count == 0)
        {
            return HtmlPage.Result("Cohorts", "<p>There are no cohorts yet. Create one in Slack with <code>/prodev cohort add</code>.</p>");
        }

        var rows = new StringBuilder();
        foreach (var cohort in cohorts)
        {
            var position = CohortCalendar.For(cohort).WeekAt(clock.GetUtcNow());
            var (week, completion) = position.Status switch
            {
                ModuleWeekStatus.NotStarted => ("not started", "—"),
                ModuleWeekStatus.Over => ("module over", "—"),
                _ => ($"week {position.Week} of {CohortCalendar.WeeksPerModule}", Completion(await reports.BuildAsync(cohort, position.Week, cancellationToken))),
            };
            var size = await db.Enrollments.CountAsync(e => e.CohortId == cohort.Id, cancellationToken);
            var link = $"/web/cohorts/{Uri.EscapeDataString(cohort.Id)}";
            rows.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\"><a href=\"{HtmlPage.E(link)}\">{HtmlPage.E(cohort.Id)}</a></th>")
                .Append(CultureInfo.InvariantCulture, $"<td>Module {cohort.Module}</td><td>{HtmlPage.E(week)}</td><td>{size}</td><td>{HtmlPage.E(completion)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"{HtmlPage.E(link)}/schedule\">Schedule</a></td></tr>\n");
        }

        var body = "<div class=\"table-wrap\"><table>\n<caption class=\"muted\">This week's completion: deliverables due this week by now that are done.</caption>\n" +
                   "<thead><tr><th scope=\"col\">Cohort</th><th scope=\"col\">Module</th><th scope=\"col\">Current week</th>" +
                   "<th scope=\"col\">Students</th><th scope=\"col\">This week's completion</th><th scope=\"col\">Nudges</th></tr></thead>\n<tbody>\n" +
                   rows + "</tbody></table></div>";
        return HtmlPage.Result("Cohorts", body);
    }

    /// <summary>The same figure and wording as the totals line of `/prodev report`.</summary>
    public static string Completion(CohortReport report) =>
        report.DeliverablesDue == 0
            ? "nothing due yet"
            : string.Create(CultureInfo.InvariantCulture, $"{report.DeliverablesDone}/{report.DeliverablesDue} ({100.0 * report.DeliverablesDone / report.DeliverablesDue:0} %)");
}
