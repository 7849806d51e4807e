using System.Net;
using ProDevBot.FakeSlack;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Hosting;

/// <summary>The load balancer's probes, over real HTTP: live means the process answers, ready means it can do its work.</summary>
public sealed class HealthProbeTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public HealthProbeTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task AHealthyInstanceIsLiveAndReadyAndHealthKeepsItsAnswer()
    {
        var (live, liveBody) = await GetAsync("/health/live");
        var (ready, readyBody) = await GetAsync("/health/ready");
        var (health, healthBody) = await GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal("Healthy\n\n", liveBody); // no check ran
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal(HttpStatusCode.OK, health);
        Assert.Equal(healthBody, readyBody);
        Assert.Matches(@"^Healthy\nslack-delivery: Healthy\ndatabase: Healthy\ncurriculum: Healthy \(\d+ modules loaded\)\n$", healthBody);
    }

    [Fact]
    public async Task StoppedSlackDeliveryIsDegradedOnEveryProbeAndKeepsTheInstanceInRotation()
    {
        _bot.Slack.Settings.AddFault(new FakeSlackFault("token_revoked"));
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603"); // the welcome DM meets the revoked token
        await new Simulation(_bot).SettleAsync();
        await _bot.ProbeEveryInstanceAsync("/health/ready", "Degraded"); // the stop has reached every instance

        var (live, _) = await GetAsync("/health/live");
        var (ready, readyBody) = await GetAsync("/health/ready");
        var (health, healthBody) = await GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.OK, ready); // commands still work: a load balancer keeps sending them
        Assert.StartsWith("Degraded", readyBody, StringComparison.Ordinal);
        Assert.Contains("slack-delivery: Degraded (Sending to Slack stopped: token_revoked", readyBody, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Slack.Settings.BotToken, readyBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health);
        Assert.StartsWith("Degraded", healthBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableDatabaseMakesTheInstanceNotReadyButStillLive()
    {
        // The database's folder disappears (a lost volume): SQLite can no longer open the file. A SQLite host in every
        // pass: losing a file is how one instance loses its database.
        using var bot = new BotFactory(TestDatabase.Sqlite);
        var slack = bot.CreateSlackClient();
        async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
        {
            using var response = await slack.Http.GetAsync(path);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        // Moved away in one step rather than deleted file by file, which races the bot's own writes to the folder.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var folder = Path.GetDirectoryName(bot.DatabasePath)!;
        var lost = folder + "-lost";
        Directory.Move(folder, lost);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (live, _) = await GetAsync("/health/live");
        var (ready, readyBody) = await GetAsync("/health/ready");
        var (health, _) = await GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Contains("database: Unhealthy", readyBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health);
        Directory.Delete(lost, recursive: true);
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await _slack.Http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
