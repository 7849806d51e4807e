using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Data;
using ProDevBot.Reports;
using ProDevBot.Web.Html;

namespace ProDevBot.Web.Pages;

/// <summary>
/// `/web/cohorts/{id}[?week=N][&amp;sort=column&amp;dir=asc|desc]`: the `/prodev report` grid (same <see cref="CohortReports"/>
/// numbers), sortable by links, with at-risk students marked and why, the participation chart and the CSV.
/// </summary>
internal static class CohortPage
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static async Task<IResult> GetAsync(
        string id, int? week, string? sort, string? dir, ProDevDbContext db, CohortReports reports, AtRiskFinder atRisk, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cohort is null)
        {
            return NotFound($"There is no cohort {id}.");
        }

        if (week is < 1 or > CohortCalendar.WeeksPerModule)
        {
            return HtmlPage.Result("Week out of range", $"<p>Weeks run 1–{CohortCalendar.WeeksPerModule}.</p>", StatusCodes.Status400BadRequest);
        }

        var report = await reports.BuildAsync(cohort, week, cancellationToken);
        var column = ReportGrid.Column(sort);
        var descending = string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase);

        // At risk as the Friday digest judges it: the week shown, or for the module so far the latest week reached.
        var riskWeek = week ?? (report.WeeksSoFar > 0 ? report.WeeksSoFar : (int?)null);
        var risks = riskWeek is { } w
            ? (await atRisk.FindAsync(cohort, w, cancellationToken)).ToDictionary(a => a.StudentId, a => a.Reasons, StringComparer.Ordinal)
            : [];

        var period = week is { } wk ? $"week {wk}" : $"module {cohort.Module} so far ({report.WeeksSoFar} of {CohortCalendar.WeeksPerModule} weeks)";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p>{HtmlPage.E(period)} · <a href=\"/web/cohorts/{HtmlPage.E(Uri.EscapeDataString(cohort.Id))}/schedule\">Coming nudges</a></p>\n");
        body.Append(Periods(cohort.Id, week, report.WeeksSoFar));
        body.Append(CultureInfo.InvariantCulture, $"<p><strong>Totals</strong>: deliverables {CohortsPage.Completion(report)} done, {report.Reflections} reflections, ")
            .Append(CultureInfo.InvariantCulture, $"{report.NetworkingLogs} networking logs, {report.Students.Count} students</p>\n");
        body.Append(ReportGrid.Table(cohort, report, risks, column, descending, riskWeek));

        var csv = $"/reports/{Uri.EscapeDataString(cohort.Id)}.csv" + (week is { } cw ? string.Create(CultureInfo.InvariantCulture, $"?week={cw}") : "");
        body.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlPage.E(csv)}\" download>Download this report as CSV</a></p>\n");

        var weeks = await reports.WeeklyCompletionAsync(cohort, cancellationToken);
        body.Append("<h2>Participation</h2>\n");
        body.Append(weeks.Count == 0
            ? "<p>Nothing has been due yet, so there is no chart.</p>"
            : $"<img src=\"/web/cohorts/{HtmlPage.E(Uri.EscapeDataString(cohort.Id))}/chart.png\" width=\"800\" height=\"400\" alt=\"{HtmlPage.E(ChartText(weeks))}\">");
        return HtmlPage.Result($"Cohort {cohort.Id}", body.ToString());
    }

    /// <summary>The chart's numbers in words, for screen readers and broken images.</summary>
    public static string ChartText(IEnumerable<(int Week, double Completion)> weeks) =>
        "Share of due deliverables done per week: " +
        string.Join(", ", weeks.Select(w => string.Create(CultureInfo.InvariantCulture, $"week {w.Week} {Math.Round(w.Completion, MidpointRounding.AwayFromZero):0} %")));

    public static string LastActivity(DateTimeOffset? at, Cohort cohort) =>
        at is { } instant ? TimeZoneInfo.ConvertTime(instant, CohortCalendar.For(cohort).Zone).ToString("MMM d", English) : "never";

    public static IResult NotFound(string message) =>
        HtmlPage.Result("Not found", $"<p>{HtmlPage.E(message)}</p><p><a href=\"/web/cohorts\">All cohorts</a></p>", StatusCodes.Status404NotFound);

    private static string Periods(string cohortId, int? week, int weeksSoFar)
    {
        var root = $"/web/cohorts/{Uri.EscapeDataString(cohortId)}";
        var links = new List<string> { week is null ? "<strong aria-current=\"page\">Module so far</strong>" : $"<a href=\"{HtmlPage.E(root)}\">Module so far</a>" };
        for (var w = 1; w <= Math.Max(weeksSoFar, week ?? 0); w++)
        {
            links.Add(w == week
                ? string.Create(CultureInfo.InvariantCulture, $"<strong aria-current=\"page\">Week {w}</strong>")
                : string.Create(CultureInfo.InvariantCulture, $"<a href=\"{HtmlPage.E(root)}?week={w}\">Week {w}</a>"));
        }

        return $"<nav aria-label=\"Report period\"><p>{string.Join(" · ", links)}</p></nav>\n";
    }
}
