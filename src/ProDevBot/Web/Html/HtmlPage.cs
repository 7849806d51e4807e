using System.Net;
using System.Text;

namespace ProDevBot.Web.Html;

/// <summary>
/// Server-rendered pages: every value from users or the curriculum goes through <see cref="E"/>, the page frame is
/// plain HTML with a viewport and a small stylesheet, and nothing needs JavaScript.
/// </summary>
public static class HtmlPage
{
    /// <summary>HTML-encodes text for an element or a quoted attribute.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A whole page: lang, viewport, title, the site's navigation when signed in, and the sign-out button.</summary>
    public static string Page(string title, string body, bool signedIn = true)
    {
        var page = new StringBuilder(4096);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(E(title)).Append(" · ProDevBot</title>\n<style>").Append(Stylesheet.Css).Append("</style>\n</head>\n<body>\n");
        if (signedIn)
        {
            page.Append("<header><nav aria-label=\"Site\"><a href=\"/web/cohorts\">Cohorts</a> <a href=\"/web/curriculum\">Curriculum</a></nav></header>\n");
        }

        page.Append("<main>\n<h1>").Append(E(title)).Append("</h1>\n").Append(body).Append("\n</main>\n");
        if (signedIn)
        {
            page.Append("<footer><form method=\"post\" action=\"/web/sign-out\"><button type=\"submit\">Sign out</button></form></footer>\n");
        }

        return page.Append("</body>\n</html>\n").ToString();
    }

    public static IResult Result(string title, string body, int status = StatusCodes.Status200OK, bool signedIn = true) =>
        Results.Content(Page(title, body, signedIn), "text/html; charset=utf-8", Encoding.UTF8, status);
}
