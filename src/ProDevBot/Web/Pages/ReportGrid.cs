using System.Globalization;
using System.Text;
using ProDevBot.Cohorts;
using ProDevBot.Reports;
using ProDevBot.Web.Html;

namespace ProDevBot.Web.Pages;

/// <summary>The cohort report as an HTML table whose column headers are sort links (no JavaScript).</summary>
internal static class ReportGrid
{
    private static readonly (string Key, string Label)[] Columns =
    [
        ("student", "Student"), ("deliverables", "Deliverables done of due"), ("items", "Checklist items"),
        ("reflections", "Reflections"), ("logs", "Networking logs"), ("last", "Last activity"), ("risk", "At risk"),
    ];

    public static string Column(string? sort) =>
        Columns.Any(c => c.Key == sort) ? sort! : "student";

    public static string Table(
        Cohort cohort, CohortReport report, IReadOnlyDictionary<string, IReadOnlyList<string>> risks, string column, bool descending, int? riskWeek)
    {
        if (report.Students.Count == 0)
        {
            return "<p>No students yet.</p>\n";
        }

        var rows = Sort(report.Students, risks, column, descending);
        var html = new StringBuilder("<div class=\"table-wrap\"><table>\n<caption class=\"muted\">");
        html.Append(riskWeek is { } w
            ? string.Create(CultureInfo.InvariantCulture, $"At risk as of week {w}: missing something due that week, no networking log by week {AtRiskFinder.NetworkingByWeek}, or no reflection for two weeks. Paused students are left out.")
            : "The module has not started, so nobody is at risk yet.");
        html.Append("</caption>\n<thead><tr>");
        foreach (var (key, label) in Columns)
        {
            var active = key == column;
            var next = active && !descending ? "desc" : "asc";
            var href = $"?{(report.Week is { } wk ? string.Create(CultureInfo.InvariantCulture, $"week={wk}&") : "")}sort={key}&dir={next}";
            var sortState = active ? $" aria-sort=\"{(descending ? "descending" : "ascending")}\"" : "";
            var arrow = active ? (descending ? " ▼" : " ▲") : "";
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{sortState}><a href=\"{HtmlPage.E(href)}\">{HtmlPage.E(label)}{arrow}</a></th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var s in rows)
        {
            var reasons = risks.GetValueOrDefault(s.StudentId);
            html.Append(reasons is null ? "<tr>" : "<tr class=\"at-risk\">")
                .Append(CultureInfo.InvariantCulture, $"<th scope=\"row\"><a href=\"/web/students/{HtmlPage.E(Uri.EscapeDataString(s.StudentId))}\">{HtmlPage.E(s.StudentId)}</a>")
                .Append(s.Paused ? " <span class=\"muted\">(paused)</span>" : "").Append("</th>")
                .Append(CultureInfo.InvariantCulture, $"<td>{s.DeliverablesDone}/{s.DeliverablesDue}</td><td>{s.ItemsDone}</td><td>{s.Reflections}</td><td>{s.NetworkingLogs}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{HtmlPage.E(CohortPage.LastActivity(s.LastActivity, cohort))}</td>")
                .Append(reasons is null ? "<td>no</td>" : $"<td><span class=\"risk\">At risk:</span> {HtmlPage.E(string.Join("; ", reasons))}</td>")
                .Append("</tr>\n");
        }

        return html.Append("</tbody></table></div>\n").ToString();
    }

    private static List<StudentProgress> Sort(
        IReadOnlyList<StudentProgress> students, IReadOnlyDictionary<string, IReadOnlyList<string>> risks, string column, bool descending)
    {
        // Ties keep the report's order (by student id), so a sort is stable from one click to the next.
        var ordered = column switch
        {
            "deliverables" => Order(students, s => (s.Completion, s.DeliverablesDone), descending),
            "items" => Order(students, s => s.ItemsDone, descending),
            "reflections" => Order(students, s => s.Reflections, descending),
            "logs" => Order(students, s => s.NetworkingLogs, descending),
            "last" => Order(students, s => s.LastActivity ?? DateTimeOffset.MinValue, descending),
            "risk" => Order(students, s => risks.TryGetValue(s.StudentId, out var r) ? r.Count : 0, descending),
            _ => Order(students, s => s.StudentId, descending, StringComparer.Ordinal),
        };
        return ordered.ToList();
    }

    private static IOrderedEnumerable<StudentProgress> Order<T>(IEnumerable<StudentProgress> students, Func<StudentProgress, T> key, bool descending, IComparer<T>? comparer = null) =>
        descending ? students.OrderByDescending(key, comparer) : students.OrderBy(key, comparer);
}
