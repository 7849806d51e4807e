using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using ProDevBot.Hosting;

namespace ProDevBot.Web.SignIn;

/// <summary>The coach's browser session: an ASP.NET Core cookie holding the coach's Slack user id, re-checked on every request.</summary>
public static class CoachSession
{
    public const string Scheme = "CoachSession";
    public const string CookieName = "prodev_coach";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>Set when a cookie was valid but its coach has left the coach list, so the refusal page can say so.</summary>
    private const string RemovedCoachItem = "prodev.web.removed-coach";

    /// <summary>True when the request carries a live session of someone who is a coach now.</summary>
    public static bool IsSignedIn(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.Identity is { IsAuthenticated: true, AuthenticationType: Scheme };
    }

    public static string CoachId(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No coach is signed in.");

    public static bool WasRemoved(HttpContext context) => context.Items.ContainsKey(RemovedCoachItem);

    public static ClaimsPrincipal Principal(string coachId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, coachId)], Scheme));

    internal static void Configure(CookieAuthenticationOptions cookie, WebOptions web)
    {
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;

        // Behind a TLS-terminating proxy the request arrives over HTTP, so the public address decides.
        cookie.Cookie.SecurePolicy = web.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = Lifetime;
        cookie.SlidingExpiration = false; // eight hours from sign-in, then a new link from Slack
        cookie.Events.OnValidatePrincipal = ValidateAsync;

        // A page asked for without a session answers 401 with the way in; no redirect to a login form that does not exist.
        cookie.Events.OnRedirectToLogin = context => WebPages.SignInNeededAsync(context.HttpContext);
        cookie.Events.OnRedirectToAccessDenied = context => WebPages.SignInNeededAsync(context.HttpContext);
    }

    /// <summary>A coach taken off <c>ProDev:Coaches</c> loses access at their next request, not when the cookie expires.</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<ProDevOptions>>().CurrentValue;
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || !options.IsCoach(id))
        {
            context.RejectPrincipal();
            context.HttpContext.Items[RemovedCoachItem] = true;
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
