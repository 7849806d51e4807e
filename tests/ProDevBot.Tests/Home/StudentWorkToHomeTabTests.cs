using ProDevBot.NetworkLog;
using ProDevBot.Reflections;
using ProDevBot.Tests.Fakes;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.Home;

/// <summary>The whole path a student takes: command → modal → submission → stored → their Home tab shows it.</summary>
public sealed class StudentWorkToHomeTabTests : IDisposable
{
    private readonly BotFactory _bot = new(); // Wednesday March 11, week 2
    private readonly SlackClient _slack;

    public StudentWorkToHomeTabTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
        _slack.CommandAsync("join 2603").GetAwaiter().GetResult();
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task AReflectionAndALogWrittenInModalsShowOnTheHomeTab()
    {
        await _slack.CommandAsync("reflect");
        var metadata = _bot.Slack.CallsTo("views.open")[^1].Body.GetProperty("view").GetProperty("private_metadata").GetString();
        var saved = await _slack.InteractAsync(ViewSubmission("reflection", metadata,
            new() { [ReflectionIds.TextBlock] = new() { [ReflectionIds.TextAction] = Text("Coffee chats feel less scary now.") } }));

        await _slack.CommandAsync("log");
        var logView = _bot.Slack.CallsTo("views.open")[^1].Body.GetProperty("view");
        Assert.Equal("network_log", logView.GetProperty("callback_id").GetString());
        var logMetadata = logView.TryGetProperty("private_metadata", out var m) ? m.GetString() : null;
        var logged = await _slack.InteractAsync(ViewSubmission("network_log", logMetadata, new()
        {
            [NetworkLogIds.Name] = new() { [NetworkLogIds.Value] = Text("Grace Hopper") },
            [NetworkLogIds.Kind] = new() { [NetworkLogIds.Value] = Select(nameof(NetworkingKind.CoffeeChat)) },
            [NetworkLogIds.OccurredOn] = new() { [NetworkLogIds.Value] = Date("2026-03-10") },
            [NetworkLogIds.Learned] = new() { [NetworkLogIds.Value] = Text("Ask about the team's first week.") },
        }));

        await SlackEvents.PostAsync(_slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0HOME0001", SlackClient.StudentId));
        var home = new SlackReply(System.Net.HttpStatusCode.OK, _bot.Slack.CallsTo("views.publish")[^1].Body.GetProperty("view").GetRawText()).AllText;

        Assert.Equal(System.Net.HttpStatusCode.OK, saved.Status);
        Assert.Equal("", saved.Body);
        Assert.Equal("", logged.Body);
        Assert.Contains("Coffee chats feel less scary now.", home, StringComparison.Ordinal);
        Assert.Contains("Networking logs this module:* 1", home, StringComparison.Ordinal);
    }
}
