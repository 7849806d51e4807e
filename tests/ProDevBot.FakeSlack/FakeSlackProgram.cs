using System.Globalization;

namespace ProDevBot.FakeSlack;

/// <summary>
/// Runs FakeSlack standalone for benchmarks, e.g.
/// <c>dotnet run --project tests/ProDevBot.FakeSlack -- --port 5099 --post-message-per-minute 1200 --transient-failure-rate 0.2</c>.
/// Internal, so test projects that reference this one never see a second <c>Program</c>.
/// </summary>
internal static class FakeSlackProgram
{
    public static async Task<int> Main(string[] args)
    {
        var settings = new FakeSlackSettings();
        var port = 5099;
        var (pushCount, pushRate) = (0, 200.0);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--port": port = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--token": settings.BotToken = value; break;
                case "--seed": settings.Seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--post-message-per-minute": settings.PostMessagePerMinute = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--transient-failure-rate": settings.TransientFailureRate = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--server-error-rate": settings.ServerErrorRate = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--drop-connection-rate": settings.DropConnectionRate = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--views-burst": settings.ViewsBurst = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--tier4-per-minute": settings.Tier4PerMinute = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--delay-ms": settings.ResponseDelay = TimeSpan.FromMilliseconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
                case "--socket-push": pushCount = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--socket-push-rate": pushRate = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--roster-size": settings.Roster = [.. Enumerable.Range(1, int.Parse(value, CultureInfo.InvariantCulture)).Select(n => $"U{n:D5}")]; break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown option {args[i]}");
                    return 2;
            }
        }

        await using var server = new FakeSlackServer(settings);
        await server.StartAsync(port);
        Console.WriteLine($"FakeSlack listening: {server.BaseUrl} (stats: {new Uri(server.BaseUrl, "/_fake/stats")}); token {settings.BotToken}");
        if (pushCount > 0)
        {
            // /prodev help from a student, as Slack would push it: a realistic command the bot answers without Slack calls.
            var command = new System.Text.Json.Nodes.JsonObject
            {
                ["team_id"] = "T0BENCH", ["channel_id"] = "C0BENCH", ["user_id"] = "UBENCH0001", ["command"] = "/prodev",
                ["text"] = "help", ["trigger_id"] = "bench.1", ["api_app_id"] = "A0BENCH",
            };
            _ = server.SocketMode.PushAsync(pushCount, pushRate, command);
        }

        await server.WaitForShutdownAsync();
        return 0;
    }
}
