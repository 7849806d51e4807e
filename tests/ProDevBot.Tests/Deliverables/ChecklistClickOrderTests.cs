using System.Net;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Deliverables;
using ProDevBot.Tests.Fakes;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.Deliverables;

/// <summary>A class of 40 ticking checklists at once, over real HTTP into a real SQLite file.</summary>
public sealed class ChecklistClickOrderTests : IDisposable
{
    private static readonly string Draft = DeliverableIds.BlockId(1, "linkedin-rough-draft");
    private static readonly string[][] Selections =
    [
        ["headshot"],
        ["headshot", "headline"],
        ["headshot", "headline", "summary"],
        ["headshot", "headline", "summary", "turing"],
        ["headline", "turing"],
    ];

    private static readonly string[] Class = [.. Enumerable.Range(1, 40).Select(i => $"U0C{i:D6}")];
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public ChecklistClickOrderTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        foreach (var student in Class)
        {
            _slack.CommandAsync("join 2603", student).GetAwaiter().GetResult();
        }
    }

    public void Dispose() => _bot.Dispose();

    private ProDevDbContext Db => _bot.Services.GetRequiredServiceInScope<ProDevDbContext>();

    [Fact]
    public async Task AClickThatArrivesAfterANewerOneChangesNothing()
    {
        var student = Class[0];
        var newer = await TickAsync(student, "1773248400.000300", "headshot", "headline", "summary", "turing");
        var older = await TickAsync(student, "1773248400.000100", "headshot");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (newer, older));
        Assert.Equal(["headline", "headshot", "summary", "turing"], await TickedAsync(student));
        Assert.Equal(1, await Db.DeliverableCompletions.CountAsync(c => c.StudentId == student));
    }

    [Fact]
    public async Task FortyStudentsTickingFiveTimesAtOnceEachEndWithTheirNewestClick()
    {
        // Every student's five clicks leave at once, newest first for half the class (the worst order for them).
        var clicks = Class.SelectMany((student, n) => Selections.Select((ticked, i) =>
            (student, ts: $"1773248400.{((n % 2 == 0 ? 4 - i : i) + 1):D6}", ticked))).ToList();
        var answers = await Task.WhenAll(clicks.Select(c => TickAsync(c.student, c.ts, c.ticked)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        foreach (var (student, n) in Class.Select((s, n) => (s, n)))
        {
            var newest = n % 2 == 0 ? Selections[0] : Selections[^1];
            Assert.Equal(newest.Order(StringComparer.Ordinal), await TickedAsync(student));
        }

        Assert.Equal(0, await Db.DeliverableCompletions.CountAsync()); // nobody's newest click ticks all four
    }

    private async Task<HttpStatusCode> TickAsync(string student, string actionTs, params string[] ticked)
    {
        var action = new
        {
            type = "checkboxes",
            action_id = DeliverableIds.CheckAction,
            block_id = Draft,
            selected_options = ticked.Select(v => new { text = new { type = "plain_text", text = v }, value = v }).ToArray(),
            action_ts = actionTs,
        };
        var reply = await _slack.InteractAsync(BlockActions(action, userId: student));
        return reply.Status;
    }

    private async Task<List<string>> TickedAsync(string student) =>
        (await Db.ChecklistItemCompletions.Where(c => c.StudentId == student).Select(c => c.ItemId).ToListAsync())
        .Order(StringComparer.Ordinal).ToList();
}
