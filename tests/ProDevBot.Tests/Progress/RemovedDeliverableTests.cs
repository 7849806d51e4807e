using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Cohorts;
using ProDevBot.Data;
using ProDevBot.Deliverables;
using ProDevBot.Progress;
using ProDevBot.Reports;
using ProDevBot.Tests.Fakes;
using ProDevBot.Tests.Home;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.Progress;

/// <summary>
/// A Module 2 cohort whose SQLite file holds check-offs made under the earlier curriculum: exit tickets for weeks 2
/// and 4 and a resume checklist item ("accomplishments") that the site does not have and the bundled files dropped.
/// Every feature skips them (never counts them, never fails on them) and the export still shows them.
/// </summary>
public sealed class RemovedDeliverableTests : IDisposable
{
    private const string Student = SlackClient.StudentId;
    private readonly BotFactory _bot = new(); // the clock starts Wed 2026-03-11 17:00 UTC: week 2 of a cohort starting Mar 2
    private readonly SlackClient _slack;

    public RemovedDeliverableTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2604 module 2 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
        _slack.CommandAsync("join 2604").GetAwaiter().GetResult();

        using var scope = _bot.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        var at = DateTimeOffset.Parse("2026-03-06T18:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        db.DeliverableCompletions.AddRange(
            new DeliverableCompletion { StudentId = Student, Module = 2, DeliverableId = "exit-ticket-1", CompletedAt = at },
            new DeliverableCompletion { StudentId = Student, Module = 2, DeliverableId = "exit-ticket-2", CompletedAt = at },
            new DeliverableCompletion { StudentId = Student, Module = 2, DeliverableId = "exit-ticket-4", CompletedAt = at });
        db.ChecklistItemCompletions.AddRange(
            new ChecklistItemCompletion { StudentId = Student, Module = 2, DeliverableId = "resume-rough-draft", ItemId = "accomplishments", CompletedAt = at },
            new ChecklistItemCompletion { StudentId = Student, Module = 2, DeliverableId = "resume-rough-draft", ItemId = "skills", CompletedAt = at });
        db.SaveChanges();
    }

    public void Dispose() => _bot.Dispose();

    private ProDevDbContext Db => _bot.Services.GetRequiredServiceInScope<ProDevDbContext>();

    [Fact]
    public async Task WeekAndDeliverablesShowOnlyTheCurrentItemsAndTheirProgress()
    {
        var week = await _slack.CommandAsync("week");
        var deliverables = await _slack.CommandAsync("deliverables");

        Assert.Equal(HttpStatusCode.OK, week.Status);
        Assert.Contains("Module 2 · Week 2", week.AllText, StringComparison.Ordinal);
        Assert.Contains("Resume draft", week.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("exit-ticket-2", deliverables.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Week 2 exit ticket", deliverables.AllText, StringComparison.Ordinal);
        Assert.Contains("Week 1 exit ticket>* ✅", deliverables.AllText, StringComparison.Ordinal);

        // Only "skills" of the draft's old ticks is still an item; the dropped one is not offered as ticked.
        using var json = System.Text.Json.JsonDocument.Parse(deliverables.Body);
        var draft = json.RootElement.GetProperty("blocks").EnumerateArray()
            .Single(b => b.TryGetProperty("block_id", out var id) && id.GetString() == DeliverableIds.BlockId(2, "resume-rough-draft"));
        Assert.Equal("skills", draft.GetProperty("accessory").GetProperty("initial_options").EnumerateArray().Single().GetProperty("value").GetString());
    }

    [Fact]
    public async Task ReportRecordAndAtRiskCountOnlyCurrentItems()
    {
        var report = await _slack.CommandAsync("report 2604", BotFactory.CoachId);
        var record = await _slack.CommandAsync($"student <@{Student}|stu>", BotFactory.CoachId);
        var cohort = await Db.Cohorts.FindAsync("2604");
        var atRisk = await _bot.Services.GetRequiredServiceInScope<AtRiskFinder>().FindAsync(cohort!, 1, CancellationToken.None);

        // By Wed Mar 11 only exit-ticket-1 (Fri Mar 6) has come due: 1 of 1 done. Of the two stored ticks only
        // "skills" is still an item. The dropped exit-ticket-2 and -4 count nowhere.
        Assert.Contains($"<@{Student}>: deliverables 1/1 · items 1 ·", report.AllText, StringComparison.Ordinal);
        Assert.Contains("1 checklist items ticked", record.AllText, StringComparison.Ordinal);
        Assert.Contains("no longer in the curriculum: `exit-ticket-2`, `exit-ticket-4`", record.AllText, StringComparison.Ordinal);
        Assert.Empty(atRisk); // week 1's only deliverable is done
    }

    [Fact]
    public async Task HomeTabCountsOneOfTheModulesSevenDeliverablesAndLinksTheModuleOverview()
    {
        await SlackEvents.PostAsync(_slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0STALE01"));

        var view = _bot.Slack.CallsTo("views.publish")[^1].Body.GetProperty("view");
        var text = new SlackReply(HttpStatusCode.OK, view.GetRawText()).AllText;
        var module = _bot.Services.GetRequiredService<ProDevBot.Curriculum.CurriculumCatalog>().Find(2)!;
        Assert.Contains($"Deliverables: 1 of {module.Deliverables.Count} done", text, StringComparison.Ordinal);
        Assert.DoesNotContain("exit-ticket-2", text, StringComparison.Ordinal);
        Assert.Contains("/prodev module", text, StringComparison.Ordinal);
        Assert.Contains("https://careerdev.turing.edu/module_two/index", view.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportStillShowsTheDroppedCheckOffsAndSaysSo()
    {
        var reply = await _slack.CommandAsync("export");

        Assert.Contains("3 deliverables and 2 checklist items done", reply.AllText, StringComparison.Ordinal);
        var rows = (await new Simulation(_bot).OutboxAsync()).Where(m => m.Kind == "export").ToList();
        var text = string.Join('\n', rows.Select(r => new SlackReply(HttpStatusCode.OK, r.Payload).AllText));
        Assert.Contains("Module 2 `exit-ticket-2` on 2026-03-06 18:00 UTC (no longer in the curriculum)", text, StringComparison.Ordinal);
        Assert.Contains("`resume-rough-draft` / `accomplishments` on 2026-03-06 18:00 UTC (no longer in the curriculum)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("`exit-ticket-1` on 2026-03-06 18:00 UTC (no longer", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineNudgeRemindsOfTheCurrentItemDueNext()
    {
        var reply = await _slack.CommandAsync("cohort nudge 2604 deadlines", BotFactory.CoachId);
        await new Simulation(_bot).SettleAsync();

        // The next due point after Wed Mar 11 is Fri Mar 13 (week 2): the resume draft, not yet done.
        Assert.DoesNotContain("Sorry", reply.AllText, StringComparison.Ordinal);
        // The student joined on Wednesday morning, before the week's group met, so the week's kickoff came on joining too.
        var post = Assert.Single(_bot.Slack.CallsTo("chat.postMessage"), c => c.IdempotencyKey?.Contains("deadline:", StringComparison.Ordinal) == true);
        var text = new SlackReply(HttpStatusCode.OK, post.Body.GetRawText()).AllText;
        Assert.Contains("Resume draft", text, StringComparison.Ordinal);
        Assert.Contains("Fri, Mar 13", text, StringComparison.Ordinal);
        Assert.DoesNotContain("exit-ticket-2", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMistypedIdIsAnsweredWithAnExampleTheModuleReallyHas()
    {
        var reply = await _slack.CommandAsync("undo nonsense");

        Assert.Contains("Name one deliverable of module 2", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("/prodev undo exit-ticket-1", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("exit-ticket-2", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndoOfADroppedIdExplainsAndKeepsTheCheckOff()
    {
        var reply = await _slack.CommandAsync("undo exit-ticket-2");

        Assert.Contains("`exit-ticket-2` is no longer part of module 2", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("/prodev export", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(3, Db.DeliverableCompletions.Count());
    }

    [Fact]
    public async Task ClickingAStaleCheckOffButtonExplainsEphemerallyAndChangesNothing()
    {
        var responseUrl = _bot.Slack.ResponseUrl("old-deliverables");

        var reply = await _slack.InteractAsync(BlockActions(
            Button(DeliverableIds.UndoAction, "exit-ticket-2", DeliverableIds.BlockId(2, "exit-ticket-2")), responseUrl));
        await _slack.InteractAsync(BlockActions(
            Checkboxes(DeliverableIds.CheckAction, DeliverableIds.BlockId(2, "resume-rough-draft"), "skills", "ats"), responseUrl));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var note = _bot.Slack.CallsTo("response_url")[0].Body;
        Assert.Equal("ephemeral", note.GetProperty("response_type").GetString());
        Assert.False(note.TryGetProperty("replace_original", out var replace) && replace.GetBoolean());
        Assert.Contains("`exit-ticket-2` is no longer part of module 2", new SlackReply(HttpStatusCode.OK, note.GetRawText()).AllText, StringComparison.Ordinal);
        Assert.Equal(3, Db.DeliverableCompletions.Count());

        // Ticking current items keeps the tick on the dropped one (for the export) and adds the new one.
        Assert.Equal(["accomplishments", "ats", "skills"], Db.ChecklistItemCompletions.Select(c => c.ItemId).OrderBy(i => i).ToList());
    }
}
