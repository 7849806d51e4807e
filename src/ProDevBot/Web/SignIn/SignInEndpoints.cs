using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ProDevBot.Hosting;

namespace ProDevBot.Web.SignIn;

/// <summary>`GET /web/sign-in?token=…` redeems a link and starts the session; `POST /web/sign-out` ends it.</summary>
internal static class SignInEndpoints
{
    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/sign-in", SignInAsync);
        web.MapPost("/sign-out", (Delegate)SignOutAsync); // a Delegate, so the redirect it returns is written
        web.MapGet("/signed-out", () => WebPages.SignedOut());
    }

    private static async Task<IResult> SignInAsync(
        string? token, HttpContext context, SignInLinks links, IOptionsMonitor<ProDevOptions> coaches, CancellationToken cancellationToken)
    {
        // The token is in the address: keep it out of any Referer header the next page might send.
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var (coachId, refusal) = await links.RedeemAsync(token, cancellationToken);
        if (coachId is null)
        {
            return WebPages.Refused(refusal);
        }

        if (!coaches.CurrentValue.IsCoach(coachId))
        {
            return WebPages.Refused(SignInRefusal.NotCoach);
        }

        // A browser-session cookie whose ticket the server honours for eight hours: closing the browser also signs out.
        await context.SignInAsync(CoachSession.Scheme, CoachSession.Principal(coachId));

        // A redirect to the first page, so the token leaves the address bar and a reload does not try it again.
        return Results.Redirect("/web/cohorts", permanent: false, preserveMethod: false);
    }

    /// <summary>
    /// A POST, so a link or a prefetch cannot sign a coach out; SameSite=Lax keeps other sites' forms from carrying the cookie.
    /// </summary>
    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CoachSession.Scheme);
        return Results.Redirect("/web/signed-out");
    }
}
