using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.FakeSlack;
using ProDevBot.NetworkLog;
using ProDevBot.Tests.Fakes;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.NetworkLog;

/// <summary>
/// A student in Honolulu, a cohort in Denver, half an hour after midnight in Denver: Wednesday March 11 for the
/// cohort, still Tuesday March 10, 8:30 pm for the student. The networking log goes by the student's own day.
/// </summary>
public sealed class StudentTimeZoneTests : IDisposable
{
    private const string Honolulu = "Pacific/Honolulu";
    private readonly BotFactory _bot;
    private readonly SlackClient _slack;

    public StudentTimeZoneTests()
    {
        _bot = new BotFactory(
            now: DateTimeOffset.Parse("2026-03-11T06:30:00Z", CultureInfo.InvariantCulture),
            slack: new FakeSlackSettings { UserTimeZones = new Dictionary<string, string> { [SlackClient.StudentId] = Honolulu } });
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02 tz America/Denver", BotFactory.CoachId).GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
        _slack.CommandAsync("join 2603").GetAwaiter().GetResult();
    }

    public void Dispose() => _bot.Dispose();

    private static Dictionary<string, Dictionary<string, object?>> Form(string on, string? followUp = null) => new()
    {
        [NetworkLogIds.Name] = new() { [NetworkLogIds.Value] = Text("Grace Hopper") },
        [NetworkLogIds.Kind] = new() { [NetworkLogIds.Value] = Select("Call") },
        [NetworkLogIds.OccurredOn] = new() { [NetworkLogIds.Value] = Date(on) },
        [NetworkLogIds.Learned] = new() { [NetworkLogIds.Value] = Text("Ship small.") },
        [NetworkLogIds.FollowUp] = new() { [NetworkLogIds.Value] = Date(followUp) },
    };

    private async Task<List<NetworkingActivity>> StoredAsync() =>
        await _bot.Services.GetRequiredServiceInScope<ProDevDbContext>().NetworkingActivities.AsNoTracking().ToListAsync();

    [Fact]
    public async Task TheCohortsNewDayIsStillTheFutureForTheStudent()
    {
        var reply = await _slack.InteractAsync(ViewSubmission(NetworkLogIds.CallbackId, null, Form(on: "2026-03-11")));

        using var json = System.Text.Json.JsonDocument.Parse(reply.Body);
        var error = json.RootElement.GetProperty("errors").GetProperty(NetworkLogIds.OccurredOn).GetString();
        Assert.Contains("hasn't happened yet (today is Tue, Mar 10)", error, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task TheStudentsTodayIsAcceptedForTheActivityAndTheFollowUpWhichComesAtNineTheirTime()
    {
        var reply = await _slack.InteractAsync(ViewSubmission(NetworkLogIds.CallbackId, null, Form(on: "2026-03-10", followUp: "2026-03-10")));

        Assert.Equal("", reply.Body);
        var activity = Assert.Single(await StoredAsync());
        Assert.Equal((new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10)), (activity.OccurredOn, activity.FollowUpOn));
        var reminder = Assert.Single(await new Simulation(_bot).OutboxAsync(), m => m.Key == $"followup:{activity.Id}");
        Assert.Equal(DateTimeOffset.Parse("2026-03-10T09:00:00-10:00", CultureInfo.InvariantCulture), reminder.NextAttemptAt);
    }

    [Fact]
    public async Task TheFormOpensOnTheStudentsToday()
    {
        await _slack.CommandAsync("log");

        var view = Assert.Single(_bot.Slack.CallsTo("views.open")).Body.GetProperty("view");
        var when = view.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("block_id").GetString() == NetworkLogIds.OccurredOn);
        Assert.Equal("2026-03-10", when.GetProperty("element").GetProperty("initial_date").GetString());
    }

    [Fact]
    public async Task AClassOpeningTheLogAtOnceEachGetsTheirOwnToday()
    {
        // 40 students in Honolulu open the form in the same moment: each zone lookup is asked at once, not queued behind
        // Tier-4 pacing past the one second it may take.
        var students = Enumerable.Range(0, 40).Select(i => $"UHNL{i:D6}").ToList();
        _bot.Slack.Settings.UserTimeZones = students.ToDictionary(s => s, _ => Honolulu, StringComparer.Ordinal);
        foreach (var student in students)
        {
            await _slack.CommandAsync("join 2603", student);
        }

        await Task.WhenAll(students.Select(s => _slack.CommandAsync("log", s)));

        var dates = _bot.Slack.CallsTo("views.open").Select(c => c.Body.GetProperty("view").GetProperty("blocks").EnumerateArray()
            .Single(b => b.GetProperty("block_id").GetString() == NetworkLogIds.OccurredOn)
            .GetProperty("element").GetProperty("initial_date").GetString()).ToList();
        Assert.Equal(40, dates.Count);
        Assert.All(dates, d => Assert.Equal("2026-03-10", d));
    }

    [Fact]
    public async Task TheStudentsZoneIsAskedOnceAndKept()
    {
        await _slack.CommandAsync("log");
        await _slack.InteractAsync(ViewSubmission(NetworkLogIds.CallbackId, null, Form(on: "2026-03-10")));
        await _slack.InteractAsync(ViewSubmission(NetworkLogIds.CallbackId, null, Form(on: "2026-03-09")));

        // Kept by each instance: on a cluster the second request reaches the other instance, which asks once too.
        Assert.Equal(_bot.Instances.Count, _bot.Slack.CallsTo("users.info").Count(c => c.Field("user") == SlackClient.StudentId));
        Assert.Equal(2, (await StoredAsync()).Count);
    }

    [Fact]
    public async Task WhenSlackCannotSayTheCohortsZoneIsUsed()
    {
        _bot.Slack.Settings.AddFault(new FakeSlackFault("user_not_found", Method: "users.info"));

        var reply = await _slack.InteractAsync(ViewSubmission(NetworkLogIds.CallbackId, null, Form(on: "2026-03-11")));

        Assert.Equal("", reply.Body);
        Assert.Equal(new DateOnly(2026, 3, 11), Assert.Single(await StoredAsync()).OccurredOn);
    }
}
