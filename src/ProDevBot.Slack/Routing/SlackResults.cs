using System.Text;
using Microsoft.AspNetCore.Http;

namespace ProDevBot.Slack.Routing;

/// <summary>Refusals are one line of plain text: enough for whoever set the app up, nothing from the request.</summary>
internal static class SlackResults
{
    public static IResult Reject(int statusCode, string reason) =>
        Results.Text(reason, "text/plain; charset=utf-8", Encoding.UTF8, statusCode);

    public static IResult Json<T>(T value) =>
        Results.Json(value, SlackJson.Options, "application/json", StatusCodes.Status200OK);
}
