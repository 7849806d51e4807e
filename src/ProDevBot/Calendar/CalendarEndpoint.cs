using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProDevBot.Cohorts;
using ProDevBot.Data;
using ProDevBot.Hosting;

namespace ProDevBot.Calendar;

/// <summary>
/// `GET /calendar/{token}.ics`: the calendar the token was given for. A malformed, unknown or revoked token, a coach
/// feed whose owner no longer coaches, or a cohort that is gone all get the same 404, which says nothing about why.
/// </summary>
public static class CalendarEndpoint
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{token}.ics", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        string token, HttpContext context, CalendarSubscriptions subscriptions, ProDevDbContext db, IOptionsMonitor<ProDevOptions> options,
        CalendarFeedWriter writer, CancellationToken cancellationToken)
    {
        if (await subscriptions.FindByTokenAsync(token, cancellationToken) is not { } subscription)
        {
            return NotFound();
        }

        Cohort? cohort;
        string? studentId = null;
        if (CalendarFeeds.CohortOf(subscription.Feed) is { } cohortId)
        {
            // A coach's cohort-wide feed lasts only while its owner is still in ProDev:Coaches.
            if (!options.CurrentValue.IsCoach(subscription.UserId))
            {
                return NotFound();
            }

            cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
            if (cohort is null)
            {
                return NotFound();
            }
        }
        else
        {
            studentId = subscription.UserId;
            cohort = await db.Enrollments.AsNoTracking().Where(e => e.StudentId == studentId).Select(e => e.Cohort).FirstOrDefaultAsync(cancellationToken);
        }

        // Private data behind a secret URL: no shared cache may keep a copy.
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(await writer.WriteAsync(cohort, studentId, cancellationToken), ContentType);
    }

    private static IResult NotFound() => Results.Text("No calendar here.", statusCode: StatusCodes.Status404NotFound);
}
