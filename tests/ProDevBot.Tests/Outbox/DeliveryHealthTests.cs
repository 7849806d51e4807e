using System.Net;
using Microsoft.Extensions.DependencyInjection;
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
        var health = await _bot.ProbeEveryInstanceAsync("/health", "Degraded");
        var week = await _slack.CommandAsync("week");

        Assert.Contains("Sending the week 2 group nudge", reply.AllText, StringComparison.Ordinal);
        Assert.All(health, h => Assert.Equal(HttpStatusCode.OK, h.Status));
        Assert.All(health, h => Assert.StartsWith("Degraded", h.Body, StringComparison.Ordinal));
        Assert.All(health, h => Assert.Contains("token_revoked", h.Body, StringComparison.Ordinal));
        Assert.All(health, h => Assert.DoesNotContain(_bot.Slack.Settings.BotToken, h.Body, StringComparison.Ordinal));
        Assert.Contains("Module 1 · Week 2", week.AllText, StringComparison.Ordinal); // commands still work
        var rows = await new Simulation(_bot).OutboxAsync();
        Assert.Contains(rows, r => r.Key.StartsWith("manual-", StringComparison.Ordinal) && r.Status == OutboxStatus.Pending && r.Attempts == 0);
    }

    private static readonly string[] Class = [.. Enumerable.Range(1, 40).Select(i => $"U0H{i:D6}")];

    private async Task ClassJoinsAsync()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        foreach (var student in Class)
        {
            await _slack.CommandAsync("join 2603", student);
        }

        await new Simulation(_bot).SettleAsync(); // their kickoffs go out
    }

    private List<FakeSlack.FakeSlackCall> GroupNudgesSent() =>
        [.. _bot.Slack.CallsTo("chat.postMessage").Where(c => c.Status == 200 && c.Error is null && c.IdempotencyKey?.Contains("group:", StringComparison.Ordinal) == true)];

    [Fact]
    public async Task AClassNudgeWaitsOutARefusedTokenAndGoesOutByItselfOnceAuthTestWorks()
    {
        await ClassJoinsAsync();
        _bot.Slack.Settings.AddFault(new FakeSlackFault("account_inactive"));
        await _slack.CommandAsync("cohort nudge 2603 group", BotFactory.CoachId);
        await new Simulation(_bot).SettleAsync();
        var degraded = await _bot.ProbeEveryInstanceAsync("/health", "Degraded");
        var state = _bot.Services.GetRequiredService<SlackDeliveryState>();
        var stopped = state.Problem;

        _bot.Slack.Settings.ClearFaults(); // e.g. the workspace is active again
        for (var i = 0; i < 200 && state.Problem is not null; i++)
        {
            _bot.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(20);
        }

        await new Simulation(_bot).SettleAsync();
        var healthy = await _bot.ProbeEveryInstanceAsync("/health", "Healthy");

        Assert.Equal("account_inactive", stopped);
        Assert.All(degraded, h => Assert.StartsWith("Degraded", h.Body, StringComparison.Ordinal));
        Assert.Contains(_bot.Slack.CallsTo("auth.test"), c => c.Error is null);
        Assert.Null(state.Problem);
        Assert.All(healthy, h => Assert.StartsWith("Healthy", h.Body, StringComparison.Ordinal));
        Assert.Equal(Class.Order(), GroupNudgesSent().Select(c => c.Field("channel")!).Order());
    }

    [Fact]
    public async Task ANoPermissionRefusalFailsOnlyThatStudentsMessage()
    {
        await ClassJoinsAsync();
        _bot.Slack.Settings.AddFault(new FakeSlackFault("no_permission", Method: "chat.postMessage", Channel: Class[0]));

        await _slack.CommandAsync("cohort nudge 2603 group", BotFactory.CoachId);
        await new Simulation(_bot).SettleAsync();
        using var health = await _slack.Http.GetAsync("/health");

        Assert.StartsWith("Healthy", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Class[1..].Order(), GroupNudgesSent().Select(c => c.Field("channel")!).Order());
        var failed = Assert.Single(await new Simulation(_bot).OutboxAsync(), r => r.Status == OutboxStatus.Failed);
        Assert.Equal(Class[0], failed.Recipient);
        Assert.Contains("no_permission", failed.LastError, StringComparison.Ordinal);
    }
}
