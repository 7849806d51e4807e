using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ProDevBot.Outbox;

namespace ProDevBot.Bench.FanOut;

/// <summary>
/// The cluster scenario (bench/cluster.sh): two published bots on one PostgreSQL database send one seeded outbox through
/// FakeSlack; the dispatching leader (the instance whose log says it took the advisory lock) is killed with SIGKILL
/// <c>killAfter</c> after the first delivery and restarted at once.
/// </summary>
internal static class ClusterBench
{
    private const string LeaderLine = "This instance now dispatches the outbox";

    public static async Task<int> RunAsync(
        string botDir, string fakeDir, string postgres, int messages, int cap, int botPerMinute, TimeSpan timeout, TimeSpan killAfter)
    {
        var work = Directory.CreateTempSubdirectory("fanout-cluster-").FullName;
        var clock = TimeProvider.System;
        await using var database = new BenchDatabase(postgres, "PostgreSQL");
        await database.SeedAsync(Path.GetFileName(work), messages);

        var fakePort = FreePort();
        using var fake = new ChildProcess(
            Path.Combine(fakeDir, "ProDevBot.FakeSlack"),
            ["--port", $"{fakePort}", "--post-message-per-minute", $"{cap}", "--transient-failure-rate", "0"],
            new Dictionary<string, string>(), Path.Combine(work, "fakeslack.log"));
        using var probe = new FakeSlackProbe(new Uri($"http://127.0.0.1:{fakePort}/"));
        await probe.WaitUpAsync(TimeSpan.FromSeconds(30));

        string[] names = ["a", "b"];
        var ports = names.ToDictionary(n => n, _ => FreePort());
        string Log(string name) => Path.Combine(work, $"bot-{name}.log");
        ChildProcess Start(string name) => new(Path.Combine(botDir, "ProDevBot"), [], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{ports[name]}",
            ["Slack__SigningSecret"] = "fanout-bench-signing-secret",
            ["Slack__BotToken"] = "xoxb-fake-token",
            ["Slack__ApiBaseUrl"] = $"http://127.0.0.1:{fakePort}/api/",
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__ProDevBot"] = postgres,
            ["Nudges__SchedulerName"] = "ProDevBotClusterBench",
            ["Slack__RateLimits__PostMessagePerMinute"] = $"{botPerMinute}",
            ["Logging__LogLevel__Default"] = "Warning",
            // The leadership line is how the benchmark finds the instance to kill (and the one that takes over).
            ["Logging__LogLevel__ProDevBot.Outbox.PostgreSqlDispatchLeader"] = "Information",
            // Timestamps (UTC, to the millisecond) to line the logs up with the kill and FakeSlack's record.
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
        }, Log(name));

        // Both at the same moment, as a deploy of two instances would.
        var bots = names.ToDictionary(n => n, Start);
        var started = Stopwatch.StartNew();
        var stats = await probe.StatsAsync();
        string? leader = null;
        int? inWindowAtKill = null;
        DateTimeOffset? killedAt = null;
        var restartedAfter = TimeSpan.Zero;
        try
        {
            while (stats.DistinctKeysDelivered < messages && started.Elapsed < timeout)
            {
                await Task.Delay(200);
                stats = await probe.StatsAsync();
                if (killedAt is null && stats.FirstDeliveryAt is { } first && clock.GetUtcNow() - first >= killAfter)
                {
                    var leaders = names.Where(n => LeaderLines(Log(n)) > 0).ToArray();
                    if (leaders.Length != 1)
                    {
                        Console.WriteLine($"expected one leader at the kill, the logs name {leaders.Length}: {string.Join(", ", leaders)}");
                        return 1;
                    }

                    leader = leaders[0];
                    bots[leader].KillHard();
                    killedAt = clock.GetUtcNow();
                    var killedClock = Stopwatch.StartNew();
                    var sent = await database.SentAtAsync();
                    inWindowAtKill = (await probe.DeliveriesAsync()).Select(d => d.Key).Distinct(StringComparer.Ordinal).Count(k => !sent.ContainsKey(k));
                    bots[leader].Dispose();
                    bots[leader] = Start(leader);
                    restartedAfter = killedClock.Elapsed;
                }
            }

            // Let the table settle (rows released by a dead lease) so late duplicates are counted too.
            var settle = Stopwatch.StartNew();
            while ((await database.CountByStatusAsync())[OutboxStatus.Pending] > 0 && settle.Elapsed < TimeSpan.FromSeconds(40) && started.Elapsed < timeout)
            {
                await Task.Delay(250);
            }

            await Task.Delay(500);
            stats = await probe.StatsAsync();
        }
        finally
        {
            foreach (var bot in bots.Values)
            {
                bot.Dispose();
            }
        }

        var counts = await database.CountByStatusAsync();
        var deliveries = await probe.DeliveriesAsync();
        var floor = messages / (cap / 60.0);
        var elapsed = stats is { FirstDeliveryAt: { } a, LastDeliveryAt: { } b } ? (b - a).TotalSeconds : double.NaN;
        var losses = messages - stats.DistinctKeysDelivered;
        string F(double v, string format = "0.0") => v.ToString(format, CultureInfo.InvariantCulture);

        Console.WriteLine($"scenario: cluster — 2 instances on one PostgreSQL, {messages} DMs to {messages} users, FakeSlack cap {cap}/min (floor {F(floor)} s), bot paced at {botPerMinute}/min");
        Console.WriteLine($"elapsed first→last delivery: {F(elapsed, "0.00")} s = {F(elapsed / floor, "0.000")} × floor");
        Console.WriteLine($"delivered: {stats.DistinctKeysDelivered} distinct keys, losses {losses}, duplicates {stats.DuplicateKeys}");
        Console.WriteLine($"calls: {stats.TotalCalls} total, {stats.PostMessageCalls} chat.postMessage, 429s {stats.RateLimited}");
        Console.WriteLine($"outbox: sent {counts[OutboxStatus.Sent]}, failed {counts[OutboxStatus.Failed]}, pending {counts[OutboxStatus.Pending]}, skipped {counts[OutboxStatus.Skipped]}");
        if (killedAt is { } kill && stats.FirstDeliveryAt is { } firstAt)
        {
            var after = deliveries.Where(d => d.At > kill).Select(d => d.At).DefaultIfEmpty().Min();
            var survivor = names.Single(n => n != leader);
            Console.WriteLine($"kill -9 of leader '{leader}' at {F((kill - firstAt).TotalSeconds)} s after first delivery, restarted {F(restartedAfter.TotalMilliseconds, "0")} ms later; {inWindowAtKill} message(s) accepted but not yet marked sent at the kill");
            Console.WriteLine($"kill at {kill:HH:mm:ss.fff} UTC; first delivery {firstAt:HH:mm:ss.fff}, last {stats.LastDeliveryAt:HH:mm:ss.fff}");
            Console.WriteLine($"failover: first send after the kill {F((after - kill).TotalSeconds, "0.00")} s later; leadership lines since start: {leader} {LeaderLines(Log(leader!))}, {survivor} {LeaderLines(Log(survivor))}");
        }

        Console.WriteLine($"logs: {work}");
        return losses == 0 && counts[OutboxStatus.Pending] == 0 ? 0 : 1;
    }

    private static int LeaderLines(string log) =>
        File.Exists(log) ? File.ReadLines(log).Count(l => l.Contains(LeaderLine, StringComparison.Ordinal)) : 0;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
