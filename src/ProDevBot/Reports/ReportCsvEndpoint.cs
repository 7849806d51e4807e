using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProDevBot.Data;

namespace ProDevBot.Reports;

/// <summary>
/// `GET /reports/{cohort}.csv[?week=N]` with `Authorization: Bearer {Reports:AccessToken}`: the report's rows as CSV,
/// for spreadsheets; a coach signed in to the coach pages needs no token. Without either, 401 and nothing else.
/// </summary>
public static class ReportCsvEndpoint
{
    public static IEndpointRouteBuilder MapReportCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{cohort}.csv", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        string cohort, int? week, HttpContext context, IOptionsMonitor<ReportOptions> options, ProDevDbContext db, CohortReports reports, CancellationToken cancellationToken)
    {
        // A coach signed in to the coach pages downloads with their session instead of the token.
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0 && Web.SignIn.CoachSession.IsSignedIn(context))
        {
            return await CsvAsync(cohort, week, db, reports, cancellationToken);
        }

        var expected = options.CurrentValue.AccessToken;
        if (string.IsNullOrEmpty(expected))
        {
            return Results.Text("Reports:AccessToken is not configured.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Text("Send Authorization: Bearer <Reports:AccessToken>.", statusCode: StatusCodes.Status401Unauthorized);
        }

        return await CsvAsync(cohort, week, db, reports, cancellationToken);
    }

    private static async Task<IResult> CsvAsync(string cohort, int? week, ProDevDbContext db, CohortReports reports, CancellationToken cancellationToken)
    {
        if (week is < 1 or > 6)
        {
            return Results.Text("week must be 1 to 6.", statusCode: StatusCodes.Status400BadRequest);
        }

        var found = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohort, cancellationToken);
        if (found is null)
        {
            return Results.Text($"No cohort {cohort}.", statusCode: StatusCodes.Status404NotFound);
        }

        var report = await reports.BuildAsync(found, week, cancellationToken);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            csv.WriteHeader(["cohort", "period", "student_id", "deliverables_done", "deliverables_due", "checklist_items", "reflections", "networking_logs", "last_activity_utc", "paused"]);
            var period = week?.ToString(CultureInfo.InvariantCulture) ?? "module";
            foreach (var s in report.Students)
            {
                csv.WriteRecord([
                    found.Id, period, s.StudentId, Number(s.DeliverablesDone), Number(s.DeliverablesDue), Number(s.ItemsDone),
                    Number(s.Reflections), Number(s.NetworkingLogs),
                    s.LastActivity?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "", s.Paused ? "true" : "false",
                ]);
            }

            await csv.FlushAsync(cancellationToken);
        }

        return Results.Text(text.ToString(), "text/csv; charset=utf-8");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
