using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace ProDevBot.Tests.Fakes;

/// <summary>
/// Sends what Slack sends: form-encoded slash commands signed with v0 HMAC-SHA256 over the raw body. The signature
/// is computed here independently of the bot's verifier, so a shared mistake cannot make both agree.
/// </summary>
public sealed class SlackClient(HttpClient http, FakeTimeProvider clock, string signingSecret)
{
    public const string StudentId = "USTUDENT01";

    public HttpClient Http => http;

    public async Task<SlackReply> CommandAsync(string text, string userId = StudentId)
    {
        using var response = await SendCommandAsync(text, userId);
        var body = await response.Content.ReadAsStringAsync();
        return new SlackReply(response.StatusCode, body);
    }

    public Task<HttpResponseMessage> SendCommandAsync(string text, string userId = StudentId) =>
        PostAsync("/slack/commands", FormBody(text, userId), "application/x-www-form-urlencoded");

    /// <summary>An interactivity request: the JSON payload in the form field <c>payload</c>, signed.</summary>
    public Task<HttpResponseMessage> SendInteractionAsync(string payloadJson) =>
        PostAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded");

    /// <summary>An interactivity payload as Slack posts it: one form field <c>payload</c> holding the JSON, signed like a command.</summary>
    public async Task<SlackReply> InteractAsync(object payload)
    {
        var json = payload as string ?? JsonSerializer.Serialize(payload);
        using var response = await PostAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(json), "application/x-www-form-urlencoded");
        return new SlackReply(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string FormBody(string text, string userId) =>
        string.Join('&', new Dictionary<string, string>
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = "T0TEAM0001",
            ["team_domain"] = "turing",
            ["channel_id"] = "C0CHANNEL1",
            ["channel_name"] = "2603-be",
            ["user_id"] = userId,
            ["user_name"] = "student",
            ["command"] = "/prodev",
            ["text"] = text,
            ["api_app_id"] = "A0APP00001",
            ["is_enterprise_install"] = "false",
            ["response_url"] = "https://hooks.slack.com/commands/T0TEAM0001/1/abc",
            ["trigger_id"] = "1.2.3",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    public Task<HttpResponseMessage> PostAsync(
        string path, string body, string contentType, long? timestamp = null, string? secret = null, bool sign = true)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (sign)
        {
            var ts = timestamp ?? clock.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Signature", Sign(secret ?? signingSecret, ts, bytes));
        }

        return http.SendAsync(request);
    }

    public static string Sign(string secret, long timestamp, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp.ToString(CultureInfo.InvariantCulture)}:");
        byte[] message = [.. prefix, .. body];
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return "v0=" + Convert.ToHexStringLower(hash);
    }
}

/// <summary>A reply as the student would see it: the fallback text plus every block's text, flattened.</summary>
public sealed record SlackReply(System.Net.HttpStatusCode Status, string Body)
{
    public string AllText => Status == System.Net.HttpStatusCode.OK && Body.StartsWith('{')
        ? string.Join('\n', Texts(JsonDocument.Parse(Body).RootElement))
        : Body;

    private static IEnumerable<string> Texts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }
                    else
                    {
                        foreach (var text in Texts(property.Value))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var text in element.EnumerateArray().SelectMany(Texts))
                {
                    yield return text;
                }

                break;
        }
    }
}
