using System.Text;
using Microsoft.AspNetCore.Http;

namespace ProDevBot.Slack.Routing;

/// <summary>Writes a <see cref="SlackAnswer"/> as an HTTP response. Refusals are one line of plain text.</summary>
internal static class SlackResults
{
    public static IResult ToHttp(SlackAnswer answer) => answer switch
    {
        { Reason: { } reason } => Results.Text(reason, "text/plain; charset=utf-8", Encoding.UTF8, answer.StatusCode),
        { Body: { } body } => Results.Json(body, SlackJson.Options, "application/json", answer.StatusCode),
        _ => Results.StatusCode(answer.StatusCode),
    };
}
