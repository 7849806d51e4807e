using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Cohorts;
using ProDevBot.Data;
using ProDevBot.NetworkLog;
using ProDevBot.Outbox;
using ProDevBot.Progress;
using ProDevBot.Reflections;
using ProDevBot.Reports;
using ProDevBot.Tests.Fakes;
using ProDevBot.Tests.Home;

namespace ProDevBot.Tests.Privacy;

public class PrivacyTests : IDisposable
{
    private const string Other = "UOTHER0001";
    private readonly BotFactory _bot;
    private readonly SlackClient _slack;

    public PrivacyTests()
        : this(TestDatabase.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see the OnPostgreSql subclass).</summary>
    protected PrivacyTests(TestDatabase database)
    {
        _bot = new BotFactory(database);
        _slack = _bot.CreateSlackClient();
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ExportHoldsTheStudentsOwnDataAndNobodyElses()
    {
        await EnrollBothWithWorkAsync();

        var reply = await _slack.CommandAsync("export");

        Assert.Contains("cohort 2603", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("1 reflections, 1 networking logs", reply.AllText, StringComparison.Ordinal);
        var rows = (await new Simulation(_bot).OutboxAsync()).Where(m => m.Kind == "export").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(SlackClient.StudentId, r.Recipient));
        Assert.All(rows, r => Assert.StartsWith($"export:{SlackClient.StudentId}:", r.Key, StringComparison.Ordinal));
        var text = string.Join('\n', rows.Select(r => new SlackReply(System.Net.HttpStatusCode.OK, r.Payload).AllText));
        Assert.Contains("2603", text, StringComparison.Ordinal);
        Assert.Contains("`exit-ticket-1`", text, StringComparison.Ordinal);
        Assert.Contains("What did you learn?", text, StringComparison.Ordinal);
        Assert.Contains("Mine: pairing with a senior dev", text, StringComparison.Ordinal);
        Assert.Contains("Ada Mine", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Theirs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob Theirs", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportRefusesAnotherUsersId()
    {
        await EnrollBothWithWorkAsync();

        var reply = await _slack.CommandAsync($"export {Other}");

        Assert.Contains("your own data", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(await new Simulation(_bot).OutboxAsync(), m => m.Kind == "export");
    }

    [Fact]
    public async Task ForgetMeAsksFirstAndChangesNothingUntilConfirmed()
    {
        await EnrollBothWithWorkAsync();

        var reply = await _slack.CommandAsync("forget-me");

        Assert.Contains("\"action_id\":\"forget_me_confirm\"", reply.Body, StringComparison.Ordinal);
        Assert.Contains("\"style\":\"danger\"", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Delete my data", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(8, await RowsOfAsync(SlackClient.StudentId));

        await ClickAsync("forget_me_cancel", SlackClient.StudentId, SlackClient.StudentId);
        Assert.Equal(8, await RowsOfAsync(SlackClient.StudentId));
    }

    [Fact]
    public async Task ConfirmingDeletesEverythingOfThatStudentAndNothingOfAnother()
    {
        await EnrollBothWithWorkAsync();
        var before = await RowsOfAsync(Other);

        await ClickAsync("forget_me_confirm", SlackClient.StudentId, SlackClient.StudentId);

        Assert.Equal(0, await RowsOfAsync(SlackClient.StudentId));
        Assert.Equal(before, await RowsOfAsync(Other));
        var answer = Assert.Single(_bot.Slack.CallsTo("response_url"));
        Assert.Contains("Your data is deleted", answer.Body.GetRawText(), StringComparison.Ordinal);
        var week = await _slack.CommandAsync("week");
        Assert.Contains("/prodev join", week.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgettingAStudentDeletesTheDigestsThatNameThemAndKeepsOnlyTheirId()
    {
        await EnrollBothWithWorkAsync();
        var cohort = new Cohort { Id = "2603", TimeZone = "America/Denver", CreatedBy = BotFactory.CoachId };
        await AddDigestAsync("digest-both", OutboxStatus.Sent, CoachDigest.Build(cohort, 2, [new(SlackClient.StudentId, ["no reflection"]), new(Other, ["no log"])]));
        await AddDigestAsync("digest-pending", OutboxStatus.Pending, CoachDigest.Build(cohort, 3, [new(SlackClient.StudentId, ["no reflection"])]));
        await AddDigestAsync("digest-other", OutboxStatus.Sent, CoachDigest.Build(cohort, 2, [new(Other, ["no log"])]));

        await ClickAsync("forget_me_confirm", SlackClient.StudentId, SlackClient.StudentId);

        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        var digests = await db.OutboxMessages.Where(m => m.Kind == "coachdigest").Select(m => m.Key).ToListAsync();
        Assert.Equal(["digest-other"], digests);
        Assert.Equal([SlackClient.StudentId], await db.RosterOptOuts.Select(o => o.StudentId).ToListAsync());
        var answer = Assert.Single(_bot.Slack.CallsTo("response_url"));
        Assert.Contains("only your Slack user id", answer.Body.GetRawText(), StringComparison.Ordinal);
        var question = await _slack.CommandAsync("forget-me");
        Assert.Contains("Only your Slack user id stays", question.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfirmationWhoseResponseUrlHangsIsStillAcknowledgedInsideSlacksThreeSeconds()
    {
        await EnrollBothWithWorkAsync();
        _bot.Slack.Settings.ResponseDelay = TimeSpan.FromSeconds(10); // on the shared fake clock: the response_url hangs

        var click = ClickAsync("forget_me_confirm", SlackClient.StudentId, SlackClient.StudentId);
        await Task.Delay(300); // the deletion is done and the answer is at FakeSlack
        _bot.Clock.Advance(TimeSpan.FromSeconds(2.5));
        await click.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, await RowsOfAsync(SlackClient.StudentId));
    }

    [Fact]
    public async Task SomeoneElseCannotConfirmAStudentsDeletion()
    {
        await EnrollBothWithWorkAsync();

        await ClickAsync("forget_me_confirm", clicker: Other, asker: SlackClient.StudentId);

        Assert.Equal(8, await RowsOfAsync(SlackClient.StudentId));
        Assert.Equal(8, await RowsOfAsync(Other));
    }

    private async Task ClickAsync(string actionId, string clicker, string asker)
    {
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions",
            user = new { id = clicker },
            team = new { id = "T0TEAM0001" },
            api_app_id = "A0APP00001",
            trigger_id = "1.2.3",
            response_url = _bot.Slack.ResponseUrl("forget").ToString(),
            container = new { type = "message", message_ts = "1.2", channel_id = "C0CHANNEL1", is_ephemeral = true },
            actions = new[] { new { type = "button", action_id = actionId, block_id = "b1", value = asker, action_ts = "1.3" } },
        });
        using var response = await _slack.PostAsync("/slack/interactions", "payload=" + Uri.EscapeDataString(payload), "application/x-www-form-urlencoded");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private async Task EnrollBothWithWorkAsync()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02 tz America/Denver", BotFactory.CoachId);
        await new Simulation(_bot).SettleAsync(); // this week's kickoff runs first, so each student gets it on joining
        foreach (var (user, word) in new[] { (SlackClient.StudentId, "Mine"), (Other, "Theirs") })
        {
            await _slack.CommandAsync("join 2603", user);
            await _slack.CommandAsync("done exit-ticket-1", user);
            await SlackEvents.PostAsync(_slack.Http, _bot.Clock, SlackEvents.AppHomeOpened($"Ev0{word.ToUpperInvariant()}", user));
            await using var scope = _bot.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
            var now = _bot.Clock.GetUtcNow();
            db.Reflections.Add(new Reflection { StudentId = user, Module = 1, Week = 2, Prompt = "What did you learn?", Text = $"{word}: pairing with a senior dev", CreatedAt = now, UpdatedAt = now });
            db.NetworkingActivities.Add(new NetworkingActivity { StudentId = user, Module = 1, ContactName = word == "Mine" ? "Ada Mine" : "Bob Theirs", OccurredOn = new DateOnly(2026, 3, 10), Learned = "Ask questions", CreatedAt = now });
            db.ChecklistItemCompletions.Add(new ChecklistItemCompletion { StudentId = user, Module = 1, DeliverableId = "linkedin-draft", ItemId = "headshot", CompletedAt = now });
            db.OutboxMessages.Add(new OutboxMessage { Key = $"test:{user}", Kind = "test", Recipient = user, Payload = "{\"text\":\"hi\"}", Status = OutboxStatus.Pending, CreatedAt = now, NextAttemptAt = now.AddDays(3) });
            await db.SaveChangesAsync();
        }
    }

    private async Task AddDigestAsync(string key, OutboxStatus status, ProDevBot.Slack.Blocks.SlackMessage message)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        var now = _bot.Clock.GetUtcNow();
        db.OutboxMessages.Add(new OutboxMessage
        {
            Key = key, Kind = "coachdigest", Recipient = BotFactory.CoachId, Payload = JsonSerializer.Serialize(message, ProDevBot.Slack.SlackJson.Options),
            Status = status, CreatedAt = now, NextAttemptAt = status == OutboxStatus.Pending ? now.AddDays(2) : now,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Enrollment, reflection, log, deliverable, checklist item, Home visit, a test outbox row and the kickoff they got on joining: 8 after <see cref="EnrollBothWithWorkAsync"/>.</summary>
    private async Task<int> RowsOfAsync(string user)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        return await db.Enrollments.CountAsync(e => e.StudentId == user)
               + await db.Reflections.CountAsync(r => r.StudentId == user)
               + await db.NetworkingActivities.CountAsync(a => a.StudentId == user)
               + await db.DeliverableCompletions.CountAsync(c => c.StudentId == user)
               + await db.ChecklistItemCompletions.CountAsync(c => c.StudentId == user)
               + await db.HomeVisits.CountAsync(v => v.UserId == user)
               + await db.OutboxMessages.CountAsync(m => m.Recipient == user);
    }
}
