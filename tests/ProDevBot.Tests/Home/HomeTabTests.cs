using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.NetworkLog;
using ProDevBot.Progress;
using ProDevBot.Reflections;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Home;

public sealed class HomeTabTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public HomeTabTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    private async Task<JsonElement> OpenHomeAsync(string eventId, string userId = SlackClient.StudentId)
    {
        var before = _bot.Slack.CallsTo("views.publish").Count;
        await SlackEvents.PostAsync(_slack.Http, _bot.Clock, SlackEvents.AppHomeOpened(eventId, userId));
        var calls = _bot.Slack.CallsTo("views.publish");
        Assert.Equal(before + 1, calls.Count);
        Assert.Equal(userId, calls[^1].Body.GetProperty("user_id").GetString());
        return calls[^1].Body.GetProperty("view");
    }

    private static string Text(JsonElement view) => new SlackReply(System.Net.HttpStatusCode.OK, view.GetRawText()).AllText;

    [Fact]
    public async Task FirstVisitOfAStudentInNoCohortGetsTheWelcomeAndHowToJoin()
    {
        var view = await OpenHomeAsync("Ev0HOME001");

        Assert.Equal("home", view.GetProperty("type").GetString());
        Assert.Contains("Welcome to ProDevBot", Text(view), StringComparison.Ordinal);
        Assert.Contains("/prodev join <cohort id>", Text(view), StringComparison.Ordinal);
        Assert.Contains("/prodev export", Text(view), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrolledStudentSeesWeekGroupProgressLogsAndReflectionsAndTheWelcomeOnlyOnce()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02 tz America/Denver", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603");
        await _slack.CommandAsync("done exit-ticket-1");
        await AddStudentWorkAsync(SlackClient.StudentId, "Coffee with a backend lead\nsecond line");
        await AddStudentWorkAsync("UOTHER0001", "Someone else's thoughts");

        var first = Text(await OpenHomeAsync("Ev0HOME002"));
        var second = await OpenHomeAsync("Ev0HOME003");

        Assert.Contains("Welcome to ProDevBot", first, StringComparison.Ordinal);
        var text = Text(second);
        Assert.DoesNotContain("Welcome to ProDevBot", text, StringComparison.Ordinal);
        Assert.Contains("Module 1 · Week 2", text, StringComparison.Ordinal);
        Assert.Contains("Mix It Up", text, StringComparison.Ordinal);
        Assert.Contains("Wed, Mar 11, 1:00 pm–2:00 pm", text, StringComparison.Ordinal);
        Assert.Matches(@"Deliverables: 1 of \d+ done", text);
        Assert.Contains("Networking logs this module:* 1", text, StringComparison.Ordinal);
        Assert.Contains("Module 1, week 2: Coffee with a backend lead", text, StringComparison.Ordinal);
        Assert.DoesNotContain("second line", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else", text, StringComparison.Ordinal);
        var actions = second.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray()).Select(e => e.GetProperty("action_id").GetString());
        Assert.Equal(["open_reflect", "open_log"], actions);
        Assert.True(second.GetProperty("blocks").GetArrayLength() <= 100);
    }

    [Fact]
    public async Task MessagesTabIsIgnored()
    {
        await SlackEvents.PostAsync(_slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0HOME004", tab: "messages"));

        Assert.Empty(_bot.Slack.CallsTo("views.publish"));
    }

    [Fact]
    public async Task BeforeTheStartTheTabSaysWhenTheModuleStarts()
    {
        await _slack.CommandAsync("cohort add 2604 module 1 starts 2026-04-06 tz America/Denver", BotFactory.CoachId);
        await _slack.CommandAsync("join 2604");

        var text = Text(await OpenHomeAsync("Ev0HOME005"));

        Assert.Contains("starts Mon, Apr 6", text, StringComparison.Ordinal);
        Assert.Contains("Homeroom", text, StringComparison.Ordinal);
        Assert.Contains("Wed, Apr 8, 1:00 pm", text, StringComparison.Ordinal);
    }

    private async Task AddStudentWorkAsync(string studentId, string reflection)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        var now = _bot.Clock.GetUtcNow();
        db.Reflections.Add(new Reflection { StudentId = studentId, Module = 1, Week = 2, Prompt = "What did you learn?", Text = reflection, CreatedAt = now, UpdatedAt = now });
        db.NetworkingActivities.Add(new NetworkingActivity
        {
            StudentId = studentId, Module = 1, ContactName = "Ada", Kind = default, OccurredOn = new DateOnly(2026, 3, 10),
            Learned = "Pairing matters", CreatedAt = now,
        });
        if (studentId != SlackClient.StudentId)
        {
            db.DeliverableCompletions.Add(new DeliverableCompletion { StudentId = studentId, Module = 1, DeliverableId = "exit-ticket-2", CompletedAt = now });
        }

        await db.SaveChangesAsync();
    }
}
