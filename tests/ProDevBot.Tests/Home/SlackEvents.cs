using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Home;

/// <summary>Signed Events API posts as Slack sends them, with the retry headers of a redelivery.</summary>
internal static class SlackEvents
{
    public static string AppHomeOpened(string eventId, string userId = SlackClient.StudentId, string tab = "home") =>
        $$$"""
        {"token":"x","team_id":"T0TEAM0001","api_app_id":"A0APP00001","type":"event_callback","event_id":"{{{eventId}}}",
         "event_time":1773248400,"authorizations":[{"team_id":"T0TEAM0001","user_id":"UBOT","is_bot":true}],
         "event":{"type":"app_home_opened","user":"{{{userId}}}","channel":"D0DM000001","tab":"{{{tab}}}","event_ts":"1773248400.000100"}}
        """;

    public static Task<HttpResponseMessage> PostAsync(HttpClient http, FakeTimeProvider clock, string body, int? retryNum = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        var ts = clock.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", SlackClient.Sign(BotFactory.SigningSecret, ts, bytes));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return http.SendAsync(request);
    }
}
