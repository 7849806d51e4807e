using ProDevBot.FakeSlack;
using ProDevBot.Reflections;
using ProDevBot.Tests.Fakes;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.Reflections;

/// <summary>
/// A class acting at once. The fake clock stands still unless a test moves it, so "all done without the clock
/// moving" means nothing waited on a pacer; the real-time limits only stop a broken build from hanging.
/// </summary>
public sealed class ClassBurstTests : IDisposable
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);
    private readonly BotFactory _bot = new(); // Wednesday March 11: week 2 of a cohort that started March 2
    private readonly SlackClient _slack;

    public ClassBurstTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
    }

    public void Dispose() => _bot.Dispose();

    private async Task<List<string>> JoinAsync(int students)
    {
        var ids = Enumerable.Range(1, students).Select(n => $"USTUDENT{n:D2}").ToList();
        foreach (var id in ids)
        {
            await _slack.CommandAsync("join 2603", id);
        }

        return ids;
    }

    [Fact]
    public async Task TenStudentsReflectingAtOnceAllGetTheirModalWithoutWaitingOnEachOther()
    {
        var students = await JoinAsync(10);

        var replies = await Task.WhenAll(students.Select(s => _slack.CommandAsync("reflect", s))).WaitAsync(Hang);

        Assert.All(replies, r => Assert.Contains("form is open", r.AllText, StringComparison.Ordinal));
        Assert.Equal(10, _bot.Slack.CallsTo("views.open").Count(c => c.Status == 200 && c.Error is null));
    }

    [Fact]
    public async Task ARateLimitLongerThanTheTriggersLifeTellsTheStudentSlackIsBusyAtOnce()
    {
        await JoinAsync(1);
        _bot.Slack.Settings.ForcedRetryAfterSeconds = 30;
        _bot.Slack.Settings.AddFault(new FakeSlackFault("ratelimited", "views.open", Times: 1, Status: 429));

        var reply = await _slack.CommandAsync("reflect", "USTUDENT01").WaitAsync(Hang);

        Assert.Contains("Slack is busy", reply.AllText, StringComparison.Ordinal);
        Assert.Single(_bot.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task AViewsOpenStillUnansweredWhenTheTriggerDiesTellsTheStudentSlackIsBusy()
    {
        await JoinAsync(1);
        _bot.Slack.Settings.ResponseDelay = TimeSpan.FromSeconds(10); // on the shared fake clock

        var pending = _slack.CommandAsync("reflect", "USTUDENT01");
        await Task.Delay(300); // the command is in the bot, its views.open at FakeSlack
        _bot.Clock.Advance(TimeSpan.FromSeconds(3));
        var reply = await pending.WaitAsync(Hang);

        Assert.Contains("Slack is busy", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHomeTabButtonWhoseFormSlackWillNotOpenSaysSoByDirectMessage()
    {
        await JoinAsync(1);
        _bot.Slack.Settings.ForcedRetryAfterSeconds = 30;
        _bot.Slack.Settings.AddFault(new FakeSlackFault("ratelimited", "views.open", Times: 1, Status: 429));

        await _slack.InteractAsync(BlockActions(Button(ReflectionIds.OpenAction), userId: "USTUDENT01")).WaitAsync(Hang);
        await new Simulation(_bot).SettleAsync();

        Assert.Contains(_bot.Slack.CallsTo("chat.postMessage"), c => c.Field("channel") == "USTUDENT01"
            && c.Body.GetRawText().Contains("Slack is busy", StringComparison.Ordinal));
        Assert.Single(_bot.Slack.CallsTo("views.open")); // the notice modal was not tried past the pause
    }
}
