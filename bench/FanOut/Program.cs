using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ProDevBot.Bench.FanOut;
using ProDevBot.Outbox;

// Usage: FanOut <plain|transient|kill|cluster> --bot <published bot dir> --fake <published FakeSlack dir>
//        [--messages 1000] [--cap 1200] [--bot-per-minute 1200] [--timeout 180] [--kill-after 20]
//        [--postgres <Npgsql connection string>]   (cluster only: two bots on that database, see ClusterBench)
var scenario = args.Length > 0 ? args[0] : "plain";
string Option(string name, string fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
int Number(string name, int fallback) => int.Parse(Option(name, $"{fallback}"), CultureInfo.InvariantCulture);

var botDir = Path.GetFullPath(Option("--bot", "bot"));
var fakeDir = Path.GetFullPath(Option("--fake", "fake"));
var messages = Number("--messages", 1000);
var cap = Number("--cap", 1200);
var botPerMinute = Number("--bot-per-minute", cap);
var timeout = TimeSpan.FromSeconds(Number("--timeout", 180));
var killAfter = TimeSpan.FromSeconds(Number("--kill-after", 20));
var failureRate = scenario == "transient" ? "0.2" : "0";
if (scenario == "cluster")
{
    return await ClusterBench.RunAsync(botDir, fakeDir, Option("--postgres", ""), messages, cap, botPerMinute, timeout, killAfter);
}

if (scenario is not ("plain" or "transient" or "kill"))
{
    Console.Error.WriteLine($"unknown scenario {scenario}: plain, transient, kill or cluster");
    return 2;
}

var work = Directory.CreateTempSubdirectory($"fanout-{scenario}-").FullName;
var run = Path.GetFileName(work);
var clock = TimeProvider.System;
await using var database = new BenchDatabase($"Data Source={Path.Combine(work, "fanout.db")}");
await database.SeedAsync(run, messages);

var fakePort = FreePort();
var botPort = FreePort();
using var fake = new ChildProcess(
    Path.Combine(fakeDir, "ProDevBot.FakeSlack"),
    ["--port", $"{fakePort}", "--post-message-per-minute", $"{cap}", "--transient-failure-rate", failureRate],
    new Dictionary<string, string>(), Path.Combine(work, "fakeslack.log"));
using var probe = new FakeSlackProbe(new Uri($"http://127.0.0.1:{fakePort}/"));
await probe.WaitUpAsync(TimeSpan.FromSeconds(30));

var botEnvironment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{botPort}",
    ["Slack__SigningSecret"] = "fanout-bench-signing-secret",
    ["Slack__BotToken"] = "xoxb-fake-token",
    ["Slack__ApiBaseUrl"] = $"http://127.0.0.1:{fakePort}/api/",
    ["ConnectionStrings__ProDevBot"] = database.ConnectionString,
    ["Slack__RateLimits__PostMessagePerMinute"] = $"{botPerMinute}",
    ["Outbox__Lease"] = "00:00:10",
    ["Outbox__RetryDelay"] = "00:00:01",
    ["Logging__LogLevel__Default"] = "Warning",
};
ChildProcess StartBot() => new(Path.Combine(botDir, "ProDevBot"), [], botEnvironment, Path.Combine(work, "bot.log"));

var bot = StartBot();
var started = Stopwatch.StartNew();
FakeStats stats = await probe.StatsAsync();
int? inWindowAtKill = null;
var killedAt = TimeSpan.Zero;
var restartedAfter = TimeSpan.Zero;
try
{
    while (stats.DistinctKeysDelivered < messages && started.Elapsed < timeout)
    {
        await Task.Delay(200);
        stats = await probe.StatsAsync();
        if (scenario == "kill" && inWindowAtKill is null && stats.FirstDeliveryAt is { } first && clock.GetUtcNow() - first >= killAfter)
        {
            bot.KillHard();
            var killedClock = Stopwatch.StartNew();
            killedAt = clock.GetUtcNow() - first;

            // Accepted by Slack but not marked sent when the process died: these rows will be sent again after their lease.
            var sent = await database.SentAtAsync();
            inWindowAtKill = (await probe.DeliveriesAsync()).Select(d => d.Key).Distinct(StringComparer.Ordinal).Count(k => !sent.ContainsKey(k));
            bot.Dispose();
            bot = StartBot();
            restartedAfter = killedClock.Elapsed;
        }
    }

    // Let the table settle (rows released by a dead lease, retries due) so late duplicates are counted too.
    var settle = Stopwatch.StartNew();
    while ((await database.CountByStatusAsync())[OutboxStatus.Pending] > 0 && settle.Elapsed < TimeSpan.FromSeconds(15) && started.Elapsed < timeout)
    {
        await Task.Delay(250);
    }

    await Task.Delay(500);
    stats = await probe.StatsAsync();
}
finally
{
    bot.Dispose();
}

var counts = await database.CountByStatusAsync();
var sentAt = await database.SentAtAsync();
var deliveries = await probe.DeliveriesAsync();
var lastAccepted = deliveries.GroupBy(d => d.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(d => d.At), StringComparer.Ordinal);
var windows = sentAt.Where(s => lastAccepted.ContainsKey(s.Key))
    .Select(s => Math.Max(0, (s.Value - lastAccepted[s.Key]).TotalMilliseconds)).Order().ToArray();
double Percentile(double p) => windows.Length == 0 ? double.NaN : windows[(int)Math.Min(windows.Length - 1, Math.Ceiling(p * windows.Length) - 1)];

var floor = messages / (cap / 60.0);
var elapsed = stats is { FirstDeliveryAt: { } a, LastDeliveryAt: { } b } ? (b - a).TotalSeconds : double.NaN;
var losses = messages - stats.DistinctKeysDelivered;
string F(double v, string format = "0.0") => v.ToString(format, CultureInfo.InvariantCulture);

Console.WriteLine($"scenario: {scenario} — {messages} DMs to {messages} users, FakeSlack cap {cap}/min (floor {F(floor)} s), bot paced at {botPerMinute}/min, failure rate {failureRate}");
Console.WriteLine($"elapsed first→last delivery: {F(elapsed, "0.00")} s = {F(elapsed / floor, "0.000")} × floor");
Console.WriteLine($"delivered: {stats.DistinctKeysDelivered} distinct keys, losses {losses}, duplicates {stats.DuplicateKeys}");
Console.WriteLine($"calls: {stats.TotalCalls} total, {stats.PostMessageCalls} chat.postMessage, 429s {stats.RateLimited}, injected failures {stats.InjectedFailures}");
Console.WriteLine($"outbox: sent {counts[OutboxStatus.Sent]}, failed {counts[OutboxStatus.Failed]}, pending {counts[OutboxStatus.Pending]}, skipped {counts[OutboxStatus.Skipped]}");
Console.WriteLine($"crash window (Slack accepted → outbox marks sent), per message: p50 {F(Percentile(0.5))} ms, p99 {F(Percentile(0.99))} ms, max {F(Percentile(1))} ms");
if (inWindowAtKill is { } inWindow)
{
    Console.WriteLine($"kill -9 at {F(killedAt.TotalSeconds)} s after first delivery, restarted {F(restartedAfter.TotalMilliseconds, "0")} ms later; {inWindow} message(s) were accepted but not yet marked sent at the kill");
}

Console.WriteLine($"logs: {work}");
return losses == 0 && counts[OutboxStatus.Pending] == 0 ? 0 : 1;

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
