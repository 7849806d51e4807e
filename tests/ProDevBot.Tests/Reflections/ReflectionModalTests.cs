using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Reflections;
using ProDevBot.Tests.Fakes;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.Reflections;

/// <summary>`/prodev reflect` end to end: command → views.open → view_submission → stored → DM through the outbox.</summary>
public sealed class ReflectionModalTests : IDisposable
{
    private const string WeekTwoPrompt = "What do you want networking to do for you this module?";
    private readonly BotFactory _bot = new(); // Wednesday March 11: week 2 of a cohort that started March 2
    private readonly SlackClient _slack;

    public ReflectionModalTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
    }

    public void Dispose() => _bot.Dispose();

    private Task<SlackReply> Join() => _slack.CommandAsync("join 2603");

    private JsonElement LastOpenedView() => _bot.Slack.CallsTo("views.open")[^1].Body.GetProperty("view");

    private static Dictionary<string, Dictionary<string, object?>> Answer(string? text) =>
        new() { [ReflectionIds.TextBlock] = new() { [ReflectionIds.TextAction] = Text(text) } };

    private async Task<List<Reflection>> StoredAsync() =>
        await _bot.Services.GetRequiredServiceInScope<ProDevDbContext>().Reflections.AsNoTracking().ToListAsync();

    [Fact]
    public async Task CommandOpensTheCurrentWeeksPromptWithTheCommandsTrigger()
    {
        await Join();

        var reply = await _slack.CommandAsync("reflect");

        var call = Assert.Single(_bot.Slack.CallsTo("views.open"));
        Assert.Equal("1.2.3", call.Field("trigger_id"));
        var view = LastOpenedView();
        Assert.Equal("reflection", view.GetProperty("callback_id").GetString());
        Assert.Equal("1:2", view.GetProperty("private_metadata").GetString());
        Assert.Equal("input", view.GetProperty("blocks")[1].GetProperty("type").GetString());
        Assert.Equal(ReflectionIds.TextBlock, view.GetProperty("blocks")[1].GetProperty("block_id").GetString());
        Assert.StartsWith(WeekTwoPrompt, view.GetProperty("blocks")[1].GetProperty("label").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("form is open", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingStoresTheReflectionClosesTheModalAndConfirmsByDm()
    {
        await Join();
        await _slack.CommandAsync("reflect 4");

        var reply = await _slack.InteractAsync(ViewSubmission("reflection", "1:4", Answer("  I value honesty.  ")));
        await new Simulation(_bot).SettleAsync();

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("", reply.Body);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal((SlackClient.StudentId, 1, 4, "I value honesty."), (stored.StudentId, stored.Module, stored.Week, stored.Text));
        Assert.StartsWith("Which values matter most", stored.Prompt, StringComparison.Ordinal);
        Assert.Contains(_bot.Slack.CallsTo("chat.postMessage"), c => c.Body.GetRawText().Contains("Saved your reflection for module 1, week 4", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "empty reflection")]
    [InlineData("   ", "empty reflection")]
    [InlineData("long", "please keep it to 3,000")]
    public async Task AProblemIsShownUnderTheTextFieldAndNothingIsStored(string? text, string expected)
    {
        await Join();

        var reply = await _slack.InteractAsync(ViewSubmission("reflection", "1:2", Answer(text == "long" ? new string('x', 3001) : text)));

        using var json = JsonDocument.Parse(reply.Body);
        Assert.Equal("errors", json.RootElement.GetProperty("response_action").GetString());
        Assert.Contains(expected, json.RootElement.GetProperty("errors").GetProperty(ReflectionIds.TextBlock).GetString(), StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task EditingOpensFilledInAndUpdatesTheSameReflection()
    {
        await Join();
        await _slack.InteractAsync(ViewSubmission("reflection", "1:2", Answer("First go.")));
        _bot.Clock.Advance(TimeSpan.FromHours(1));

        await _slack.CommandAsync("reflect");
        var element = LastOpenedView().GetProperty("blocks")[1].GetProperty("element");
        await _slack.InteractAsync(ViewSubmission("reflection", "1:2", Answer("Second go.")));
        await new Simulation(_bot).SettleAsync();

        Assert.Equal("First go.", element.GetProperty("initial_value").GetString());
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal("Second go.", stored.Text);
        Assert.True(stored.UpdatedAt > stored.CreatedAt);
        Assert.Contains(_bot.Slack.CallsTo("chat.postMessage"), c => c.Body.GetRawText().Contains("Updated your reflection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StudentOutsideACohortGetsAnExplanationAndNoModal()
    {
        var reply = await _slack.CommandAsync("reflect");

        Assert.Contains("not in a cohort", reply.AllText, StringComparison.Ordinal);
        Assert.Empty(_bot.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task HomeTabButtonOpensTheSameModalWithThePayloadsTrigger()
    {
        await Join();

        var reply = await _slack.InteractAsync(BlockActions(Button(ReflectionIds.OpenAction)));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(TriggerId, _bot.Slack.CallsTo("views.open")[^1].Field("trigger_id"));
        Assert.Equal("reflection", LastOpenedView().GetProperty("callback_id").GetString());
    }
}
