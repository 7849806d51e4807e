using System.Net;
using ProDevBot.FakeSlack;
using ProDevBot.Outbox;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Outbox;

public sealed class DeliveryHealthTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public DeliveryHealthTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ARevokedTokenTurnsHealthDegradedAndKeepsTheMessageWaiting()
    {
        _bot.Slack.Settings.AddFault(new FakeSlackFault("token_revoked"));
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603");

        var reply = await _slack.CommandAsync("cohort nudge 2603 group", BotFactory.CoachId);
        await new Simulation(_bot).SettleAsync();
        using var health = await _slack.Http.GetAsync("/health");
        var body = await health.Content.ReadAsStringAsync();
        var week = await _slack.CommandAsync("week");

        Assert.Contains("Sending the week 2 group nudge", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.StartsWith("Degraded", body, StringComparison.Ordinal);
        Assert.Contains("token_revoked", body, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Slack.Settings.BotToken, body, StringComparison.Ordinal);
        Assert.Contains("Module 1 · Week 2", week.AllText, StringComparison.Ordinal); // commands still work
        var rows = await new Simulation(_bot).OutboxAsync();
        Assert.Contains(rows, r => r.Key.StartsWith("manual-", StringComparison.Ordinal) && r.Status == OutboxStatus.Pending && r.Attempts == 0);
    }
}
