using ProDevBot.Web.Html;
using ProDevBot.Web.SignIn;

namespace ProDevBot.Web;

/// <summary>The pages every visitor may see: why they are not signed in and how to get in.</summary>
public static class WebPages
{
    private const string HowToSignIn = "<p>Coaches sign in from Slack: type <code>/prodev web</code> and open the link the bot sends you. " +
                                       "Each link works once, for 10 minutes.</p>";

    /// <summary>401 for a page asked for without a live coach session.</summary>
    public static Task SignInNeededAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var why = CoachSession.WasRemoved(context)
            ? "<p>Your Slack user is no longer on the coach list, so your session has ended. Ask an admin if that is a mistake.</p>"
            : "<p>This page is for ProDev coaches, and you are not signed in.</p>";
        return WriteAsync(context, "Sign in from Slack", why + HowToSignIn, StatusCodes.Status401Unauthorized);
    }

    public static IResult Refused(SignInRefusal refusal)
    {
        var why = refusal switch
        {
            SignInRefusal.Used => "This sign-in link has already been used. Each link works once.",
            SignInRefusal.Expired => "This sign-in link has expired. Each link works for 10 minutes.",
            SignInRefusal.NotCoach => "This link belongs to a Slack user who is not on the coach list, so it cannot sign anyone in.",
            _ => "This sign-in link is not one the bot gave out. Check that the whole link was copied.",
        };
        var status = refusal == SignInRefusal.NotCoach ? StatusCodes.Status403Forbidden : StatusCodes.Status410Gone;
        return HtmlPage.Result("Sign-in link not accepted", $"<p>{HtmlPage.E(why)}</p>{HowToSignIn}", status, signedIn: false);
    }

    public static IResult SignedOut() =>
        HtmlPage.Result("Signed out", "<p>You are signed out of the coach pages.</p>" + HowToSignIn, signedIn: false);

    private static async Task WriteAsync(HttpContext context, string title, string body, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(HtmlPage.Page(title, body, signedIn: false));
    }
}
