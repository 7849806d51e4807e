using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Reports;

namespace ProDevBot.Web.Pages;

/// <summary>`/web/cohorts/{id}/chart.png`: the participation chart `/prodev report chart` uploads to Slack, drawn by the same code.</summary>
internal static class CohortChart
{
    public static async Task<IResult> GetAsync(string id, ProDevDbContext db, CohortReports reports, HttpContext context, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cohort is null)
        {
            return Results.NotFound();
        }

        var weeks = await reports.WeeklyCompletionAsync(cohort, cancellationToken);
        var png = ParticipationChart.RenderPng($"Cohort {cohort.Id}: deliverables done per week", weeks);

        // Private: it describes students' work, so no shared cache may keep it.
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(png, "image/png");
    }
}
