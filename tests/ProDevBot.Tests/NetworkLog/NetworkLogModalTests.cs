using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.NetworkLog;
using ProDevBot.Tests.Fakes;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.NetworkLog;

/// <summary>`/prodev log` end to end; the clock reads Wednesday March 11, 11:00 in Denver.</summary>
public sealed class NetworkLogModalTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public NetworkLogModalTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
        _slack.CommandAsync("join 2603").GetAwaiter().GetResult();
    }

    public void Dispose() => _bot.Dispose();

    private static Dictionary<string, Dictionary<string, object?>> Form(
        string? name = "Ada Lovelace", string? kind = "CoffeeChat", string? on = "2026-03-10", string? learned = "Pair programming matters.", string? followUp = null, string? role = null) => new()
    {
        [NetworkLogIds.Name] = new() { [NetworkLogIds.Value] = Text(name) },
        [NetworkLogIds.Role] = new() { [NetworkLogIds.Value] = Text(role) },
        [NetworkLogIds.Company] = new() { [NetworkLogIds.Value] = Text("Analytical Engines") },
        [NetworkLogIds.Kind] = new() { [NetworkLogIds.Value] = Select(kind) },
        [NetworkLogIds.OccurredOn] = new() { [NetworkLogIds.Value] = Date(on) },
        [NetworkLogIds.Learned] = new() { [NetworkLogIds.Value] = Text(learned) },
        [NetworkLogIds.Goals] = new() { [NetworkLogIds.Value] = Text(null) },
        [NetworkLogIds.FollowUp] = new() { [NetworkLogIds.Value] = Date(followUp) },
    };

    private async Task<List<NetworkingActivity>> StoredAsync() =>
        await _bot.Services.GetRequiredServiceInScope<ProDevDbContext>().NetworkingActivities.AsNoTracking().ToListAsync();

    [Fact]
    public async Task CommandOpensTheFormWithEveryFieldAndTodayPicked()
    {
        await _slack.CommandAsync("log");

        var call = Assert.Single(_bot.Slack.CallsTo("views.open"));
        var view = call.Body.GetProperty("view");
        Assert.Equal("1.2.3", call.Field("trigger_id"));
        Assert.Equal("network_log", view.GetProperty("callback_id").GetString());
        var blocks = view.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(
            [NetworkLogIds.Name, NetworkLogIds.Role, NetworkLogIds.Company, NetworkLogIds.Kind, NetworkLogIds.OccurredOn, NetworkLogIds.Learned, NetworkLogIds.Goals, NetworkLogIds.FollowUp],
            blocks.Select(b => b.GetProperty("block_id").GetString()));
        Assert.Equal("2026-03-11", blocks[4].GetProperty("element").GetProperty("initial_date").GetString());
        Assert.Equal("Coffee chat", blocks[3].GetProperty("element").GetProperty("options")[0].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public async Task SavingStoresTheActivityAndQueuesAFollowUpForNineInTheMorningLocal()
    {
        var reply = await _slack.InteractAsync(ViewSubmission("network_log", null, Form(followUp: "2026-03-16", role: "Engineer")));
        await new Simulation(_bot).SettleAsync();

        Assert.Equal("", reply.Body);
        var activity = Assert.Single(await StoredAsync());
        Assert.Equal(("Ada Lovelace", "Engineer", NetworkingKind.CoffeeChat, 1), (activity.ContactName, activity.ContactRole, activity.Kind, activity.Module));
        Assert.Equal(new DateOnly(2026, 3, 10), activity.OccurredOn);
        var reminder = Assert.Single(await new Simulation(_bot).OutboxAsync(), m => m.Key == $"followup:{activity.Id}");
        Assert.Equal(DateTimeOffset.Parse("2026-03-16T09:00:00-06:00", CultureInfo.InvariantCulture), reminder.NextAttemptAt);
        Assert.Contains(_bot.Slack.CallsTo("chat.postMessage"), c => c.Body.GetRawText().Contains("remind you to follow up on Mon, Mar 16", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "CoffeeChat", "2026-03-10", "x", null, NetworkLogIds.Name, "Add the name")]
    [InlineData("Ada", null, "2026-03-10", "x", null, NetworkLogIds.Kind, "Choose how")]
    [InlineData("Ada", "CoffeeChat", null, "x", null, NetworkLogIds.OccurredOn, "Pick the day")]
    [InlineData("Ada", "CoffeeChat", "2026-03-12", "x", null, NetworkLogIds.OccurredOn, "hasn't happened yet")]
    [InlineData("Ada", "CoffeeChat", "2026-03-10", null, null, NetworkLogIds.Learned, "at least one thing")]
    [InlineData("Ada", "CoffeeChat", "2026-03-10", "long", null, NetworkLogIds.Learned, "keep it to 3,000")]
    [InlineData("long", "CoffeeChat", "2026-03-10", "x", null, NetworkLogIds.Name, "keep it to 100")]
    [InlineData("Ada", "CoffeeChat", "2026-03-10", "x", "2026-03-10", NetworkLogIds.FollowUp, "today (Wed, Mar 11) or later")]
    public async Task EachProblemIsShownUnderItsFieldAndNothingIsStored(
        string? name, string? kind, string? on, string? learned, string? followUp, string block, string expected)
    {
        var reply = await _slack.InteractAsync(ViewSubmission("network_log", null, Form(
            name == "long" ? new string('n', 101) : name, kind, on, learned == "long" ? new string('l', 3001) : learned, followUp)));

        using var json = JsonDocument.Parse(reply.Body);
        Assert.Equal("errors", json.RootElement.GetProperty("response_action").GetString());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Contains(expected, errors.GetProperty(block).GetString(), StringComparison.Ordinal);
        Assert.Single(errors.EnumerateObject());
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task HomeTabButtonOpensTheFormWithThePayloadsTrigger()
    {
        await _slack.InteractAsync(BlockActions(Button(NetworkLogIds.OpenAction)));

        var call = Assert.Single(_bot.Slack.CallsTo("views.open"));
        Assert.Equal(TriggerId, call.Field("trigger_id"));
        Assert.Equal("network_log", call.Body.GetProperty("view").GetProperty("callback_id").GetString());
    }
}
