using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ProDevBot.Bench.Classroom;
using ProDevBot.Bench.FanOut;

// Usage: Classroom --bot <published bot dir> --fake <published FakeSlack dir> [--students 60] [--clicks 10]
string Option(string name, string fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var botDir = Path.GetFullPath(Option("--bot", "bot"));
var fakeDir = Path.GetFullPath(Option("--fake", "fake"));
var students = int.Parse(Option("--students", "60"), CultureInfo.InvariantCulture);
var clicks = int.Parse(Option("--clicks", "10"), CultureInfo.InvariantCulture);
const string Secret = "classroom-bench-signing-secret";
const string Coach = "UBENCHCOACH";
var clock = TimeProvider.System;
var work = Directory.CreateTempSubdirectory("classroom-").FullName;
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

var fakePort = FreePort();
var botPort = FreePort();

// FakeSlack as shipped: views.* burst up to 100 at once (Slack's short bursts above Tier 4), then 429 + Retry-After.
using var fake = new ChildProcess(Path.Combine(fakeDir, "ProDevBot.FakeSlack"), ["--port", $"{fakePort}"], new Dictionary<string, string>(), Path.Combine(work, "fakeslack.log"));
using var bot = new ChildProcess(Path.Combine(botDir, "ProDevBot"), [], new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{botPort}",
    ["Slack__SigningSecret"] = Secret,
    ["Slack__BotToken"] = "xoxb-fake-token",
    ["Slack__ApiBaseUrl"] = $"http://127.0.0.1:{fakePort}/api/",
    ["ConnectionStrings__ProDevBot"] = $"Data Source={Path.Combine(work, "classroom.db")}",
    ["ProDev__Coaches__0"] = Coach,
    ["Logging__LogLevel__Default"] = "Warning",
}, Path.Combine(work, "bot.log"));

using var fakeHttp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{fakePort}/"), Timeout = TimeSpan.FromSeconds(10) };
using var slack = new SignedSlack(new Uri($"http://127.0.0.1:{botPort}/"), Secret);
await WaitUpAsync(() => fakeHttp.GetAsync("/_fake/stats"));
await WaitUpAsync(() => slack.CommandAsync(Coach, "help", "0.0.0"));

// FakeSlack builds each endpoint on its first request; one views.open of its own keeps that out of the bot's figures.
using (var warmUp = new HttpRequestMessage(HttpMethod.Post, "/api/views.open") { Content = JsonContent.Create(new { trigger_id = "warm-up", view = new { type = "modal" } }) })
{
    warmUp.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "xoxb-fake-token");
    (await fakeHttp.SendAsync(warmUp)).Dispose();
}

// A cohort in its second week (Monday of last week in Denver), and the class joined one by one.
var denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");
var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), denver).DateTime);
var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
await slack.CommandAsync(Coach, $"cohort add bench module 1 starts {monday:yyyy-MM-dd}", "0.0.1");
var ids = Enumerable.Range(1, students).Select(n => $"UCLASS{n:D3}").ToList();
foreach (var id in ids)
{
    await slack.CommandAsync(id, "join bench", "0.0.2");
}

// 1. The whole class sends /prodev reflect at once, each command with its own trigger_id: first on a bot that has not
// served a reflect yet (as after a deploy), then, once Slack's allowance has refilled, again on a warm one.
var cold = await BurstAsync("cold");
await Task.Delay(TimeSpan.FromSeconds(40)); // Slack's views.open allowance (100 at once, 100 a minute) fills up again
var warm = await BurstAsync("warm");

// 2. One student clicks a checklist quickly: 10 clicks, 100 ms apart, each with its own response_url (one click first
// warms the path up, so the figure is not one cold start).
await slack.InteractAsync(ClickPayload(ids[0], 0, $"http://127.0.0.1:{fakePort}/response/warm-up"));
var before = (await fakeHttp.GetFromJsonAsync<List<FakeCall>>("/_fake/calls?method=response_url", json))!.Count;
var clickAt = new DateTimeOffset[clicks];
var clickTasks = new List<Task<(int Status, string Body)>>();
for (var i = 0; i < clicks; i++)
{
    clickAt[i] = clock.GetUtcNow();
    clickTasks.Add(slack.InteractAsync(ClickPayload(ids[0], i, $"http://127.0.0.1:{fakePort}/response/click-{i}")));
    await Task.Delay(100);
}

var clickReplies = await Task.WhenAll(clickTasks);
await Task.Delay(500);
var redraws = (await fakeHttp.GetFromJsonAsync<List<FakeCall>>("/_fake/calls?method=response_url", json))!.Skip(before).ToList();
var stats = await fakeHttp.GetStringAsync("/_fake/stats");

string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
double P(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
Report("cold", cold);
Report("warm", warm);
Console.WriteLine($"check-off clicks: {clicks} clicks 100 ms apart by one student → {redraws.Count} redraws ({clickReplies.Count(r => r.Status == 200)} acked 200)");
var lag = redraws.OrderBy(r => r.At).Zip(clickAt, (r, c) => (r.At - c).TotalMilliseconds).Order().ToArray();
Console.WriteLine($"  click → redraw (n-th click to n-th redraw): p50 {F(P(lag, 0.5))} ms, max {F(P(lag, 1))} ms");
Console.WriteLine($"fakeslack: {stats}");
Console.WriteLine($"logs: {work}");
return warm.Opened == students && warm.ToOpen.All(ms => ms < 3000) && P(warm.ToOpen, 0.99) < 1000 && redraws.Count == clicks ? 0 : 1;

async Task<Burst> BurstAsync(string round)
{
    var sentAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
    var acks = new List<double>();
    var whole = Stopwatch.StartNew();
    var replies = await Task.WhenAll(ids.Select(async (id, n) =>
    {
        var trigger = $"{round}.{n}";
        var ack = Stopwatch.StartNew();
        lock (sentAt)
        {
            sentAt[trigger] = clock.GetUtcNow();
        }

        var reply = await slack.CommandAsync(id, "reflect", trigger);
        lock (acks)
        {
            acks.Add(ack.Elapsed.TotalMilliseconds);
        }

        return reply;
    }));
    var answered = whole.Elapsed.TotalMilliseconds;
    var opens = (await fakeHttp.GetFromJsonAsync<List<FakeCall>>("/_fake/calls?method=views.open", json))!
        .Where(c => c.Status == 200 && c.Error is null && c.TriggerId is { } t && sentAt.ContainsKey(t)).ToList();
    return new Burst(
        (sentAt.Values.Max() - sentAt.Values.Min()).TotalMilliseconds,
        answered,
        opens.Count,
        [.. opens.Select(c => (c.At - sentAt[c.TriggerId!]).TotalMilliseconds).Order()],
        [.. acks.Order()],
        replies.Count(r => r.Body.Contains("form is open", StringComparison.Ordinal)),
        replies.Count(r => r.Body.Contains("Slack is busy", StringComparison.Ordinal)),
        replies.Count(r => r.Status != 200));
}

void Report(string round, Burst b)
{
    Console.WriteLine($"reflect burst ({round}): {students} students, all commands sent within {F(b.SendSpread)} ms, all answered after {F(b.Answered)} ms");
    Console.WriteLine($"  views.open accepted: {b.Opened}/{students}; replies: {b.Open} 'form is open', {b.Busy} 'Slack is busy', {b.Non200} non-200");
    Console.WriteLine($"  command → views.open at FakeSlack: p50 {F(P(b.ToOpen, 0.5))} ms, p99 {F(P(b.ToOpen, 0.99))} ms, max {F(P(b.ToOpen, 1))} ms; under 3 s: {b.ToOpen.Count(ms => ms < 3000)}/{students}");
    Console.WriteLine($"  command → HTTP answer: p50 {F(P(b.Acks, 0.5))} ms, p99 {F(P(b.Acks, 0.99))} ms, max {F(P(b.Acks, 1))} ms");
}

static string ClickPayload(string user, int n, string responseUrl)
{
    string[] items = ["headshot", "headline", "summary", "turing"];
    var ticked = items.Take((n % items.Length) + 1).Select(v => new { text = new { type = "plain_text", text = v }, value = v });
    return JsonSerializer.Serialize(new
    {
        type = "block_actions",
        team = new { id = "T0BENCH", domain = "bench" },
        user = new { id = user, username = "student", team_id = "T0BENCH" },
        api_app_id = "A0BENCH",
        trigger_id = $"click.{n}",
        response_url = responseUrl,
        container = new { type = "message", message_ts = "1700000000.000100", channel_id = "C0BENCH", is_ephemeral = true },
        actions = new[]
        {
            new { type = "checkboxes", action_id = "deliverable_check", block_id = "deliverable:1:linkedin-rough-draft", selected_options = ticked.ToArray(), action_ts = "1700000001.000200" },
        },
    });
}

static async Task WaitUpAsync(Func<Task> probe)
{
    for (var i = 0; ; i++)
    {
        try
        {
            await probe();
            return;
        }
        catch (HttpRequestException) when (i < 300)
        {
            await Task.Delay(100);
        }
    }
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

internal sealed record Burst(double SendSpread, double Answered, int Opened, double[] ToOpen, double[] Acks, int Open, int Busy, int Non200);

internal sealed record FakeCall(string Method, DateTimeOffset At, int Status, string? Error, string? TriggerId);
