using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ProDevBot.Bench.Classroom;

/// <summary>
/// Posts to the bot what Slack posts: form bodies signed with v0 HMAC-SHA256 over the raw bytes. A request not
/// answered within 30 s comes back as status 0.
/// </summary>
internal sealed class SignedSlack(Uri bot, string secret) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
    {
        BaseAddress = bot,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Task<(int Status, string Body)> CommandAsync(string user, string text, string triggerId) =>
        PostAsync("/slack/commands", Form(new()
        {
            ["team_id"] = "T0BENCH",
            ["channel_id"] = "C0BENCH",
            ["user_id"] = user,
            ["command"] = "/prodev",
            ["text"] = text,
            ["response_url"] = "https://hooks.slack.com/commands/T0BENCH/1/x",
            ["trigger_id"] = triggerId,
            ["api_app_id"] = "A0BENCH",
        }));

    public Task<(int Status, string Body)> InteractAsync(string payloadJson) =>
        PostAsync("/slack/interactions", Form(new() { ["payload"] = payloadJson }));

    public void Dispose() => _http.Dispose();

    private static string Form(Dictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));

    private async Task<(int Status, string Body)> PostAsync(string path, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        byte[] signed = [.. Encoding.UTF8.GetBytes($"v0:{ts.ToString(CultureInfo.InvariantCulture)}:"), .. bytes];
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(signature));
        try
        {
            using var response = await _http.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (TaskCanceledException)
        {
            return (0, "no answer within 30 s"); // Slack would long since have shown operation_timeout
        }
    }
}
