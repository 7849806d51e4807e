using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Deliverables;
using ProDevBot.Tests.Fakes;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.Deliverables;

/// <summary>Check-offs in `/prodev deliverables`, through block_actions and the link modal.</summary>
public sealed class DeliverableCheckoffTests : IDisposable
{
    private static readonly string Draft = DeliverableIds.BlockId(1, "linkedin-rough-draft");
    private static readonly string Ticket = DeliverableIds.BlockId(1, "exit-ticket-2");
    private static readonly string Linked = DeliverableIds.BlockId(1, "linkedin-url");
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public DeliverableCheckoffTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
        _slack.CommandAsync("join 2603").GetAwaiter().GetResult();
    }

    public void Dispose() => _bot.Dispose();

    private ProDevDbContext Db => _bot.Services.GetRequiredServiceInScope<ProDevDbContext>();

    private static JsonElement Block(SlackReply reply, string blockId) =>
        JsonDocument.Parse(reply.Body).RootElement.GetProperty("blocks").EnumerateArray()
            .Single(b => b.TryGetProperty("block_id", out var id) && id.GetString() == blockId);

    [Fact]
    public async Task DeliverablesShowCheckboxesForAChecklistAndButtonsOtherwise()
    {
        var reply = await _slack.CommandAsync("deliverables");

        Assert.Equal("checkboxes", Block(reply, Draft).GetProperty("accessory").GetProperty("type").GetString());
        Assert.Equal("Mark done", Block(reply, Ticket).GetProperty("accessory").GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("Add link", Block(reply, Linked).GetProperty("accessory").GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public async Task TickingEveryChecklistItemCountsTheDeliverableDoneAndUntickingUndoesIt()
    {
        var responseUrl = _bot.Slack.ResponseUrl("deliverables");
        await _slack.InteractAsync(BlockActions(Checkboxes(DeliverableIds.CheckAction, Draft, "headshot", "headline"), responseUrl));
        var partly = await Db.DeliverableCompletions.CountAsync();
        await _slack.InteractAsync(BlockActions(Checkboxes(DeliverableIds.CheckAction, Draft, "headshot", "headline", "summary", "turing"), responseUrl));
        var all = await Db.DeliverableCompletions.CountAsync();
        var shown = await _slack.CommandAsync("deliverables");
        await _slack.InteractAsync(BlockActions(Checkboxes(DeliverableIds.CheckAction, Draft, "headline"), responseUrl));

        Assert.Equal(0, partly);
        Assert.Equal(1, all);
        Assert.Equal(4, Block(shown, Draft).GetProperty("accessory").GetProperty("initial_options").GetArrayLength());
        Assert.Contains("✅", Block(shown, Draft).GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Db.DeliverableCompletions.CountAsync());
        Assert.Equal(["headline"], await Db.ChecklistItemCompletions.Select(c => c.ItemId).ToListAsync());
        var redraw = _bot.Slack.CallsTo("response_url")[^1];
        Assert.True(redraw.Body.GetProperty("replace_original").GetBoolean());
    }

    [Fact]
    public async Task MarkDoneAndUndoPersistAndShowInTheList()
    {
        await _slack.InteractAsync(BlockActions(Button(DeliverableIds.DoneAction, "exit-ticket-2", Ticket), _bot.Slack.ResponseUrl("d")));
        var shown = await _slack.CommandAsync("deliverables");
        await _slack.InteractAsync(BlockActions(Button(DeliverableIds.UndoAction, "exit-ticket-2", Ticket), _bot.Slack.ResponseUrl("d")));

        Assert.Equal("Undo", Block(shown, Ticket).GetProperty("accessory").GetProperty("text").GetProperty("text").GetString());
        Assert.Equal(0, await Db.DeliverableCompletions.CountAsync());
    }

    [Fact]
    public async Task AClickForAnotherModuleThanTheStudentsIsIgnored()
    {
        await _slack.InteractAsync(BlockActions(Button(DeliverableIds.DoneAction, "exit-ticket-2", DeliverableIds.BlockId(2, "exit-ticket-2"))));
        await _slack.InteractAsync(BlockActions(Button(DeliverableIds.DoneAction, "exit-ticket-2", Ticket), userId: "UNOTINCOHORT"));

        Assert.Equal(0, await Db.DeliverableCompletions.CountAsync());
    }

    [Theory]
    [InlineData(null, "Paste the link")]
    [InlineData("http://www.linkedin.com/in/ada", "should start with https://")]
    [InlineData("linkedin.com/in/ada", "should start with https://")]
    [InlineData("long", "links up to 3,000 fit")]
    public async Task TheLinkModalRefusesAnythingButAFullHttpsUrl(string? url, string expected)
    {
        var reply = await _slack.InteractAsync(ViewSubmission(DeliverableIds.LinkCallback, "1|linkedin-url|",
            new() { [DeliverableIds.UrlBlock] = new() { [DeliverableIds.UrlAction] = Text(url == "long" ? "https://x.example/" + new string('a', 3000) : url) } }));

        using var json = JsonDocument.Parse(reply.Body);
        Assert.Contains(expected, json.RootElement.GetProperty("errors").GetProperty(DeliverableIds.UrlBlock).GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Db.DeliverableCompletions.CountAsync());
    }

    [Fact]
    public async Task TheLinkButtonOpensTheModalAndSavingStoresTheUrlAsDone()
    {
        var responseUrl = _bot.Slack.ResponseUrl("deliverables");
        await _slack.InteractAsync(BlockActions(Button(DeliverableIds.LinkAction, "linkedin-url", Linked), responseUrl));
        var view = _bot.Slack.CallsTo("views.open")[^1].Body.GetProperty("view");

        var reply = await _slack.InteractAsync(ViewSubmission(DeliverableIds.LinkCallback, view.GetProperty("private_metadata").GetString(),
            new() { [DeliverableIds.UrlBlock] = new() { [DeliverableIds.UrlAction] = Text("https://www.linkedin.com/in/ada") } }));

        Assert.Equal("deliverable_link", view.GetProperty("callback_id").GetString());
        Assert.Equal("", reply.Body);
        var done = Assert.Single(await Db.DeliverableCompletions.ToListAsync());
        Assert.Equal(("linkedin-url", "https://www.linkedin.com/in/ada"), (done.DeliverableId, done.Url));
        Assert.Contains("linkedin.com/in/ada", _bot.Slack.CallsTo("response_url")[^1].Body.GetRawText(), StringComparison.Ordinal);
    }
}
