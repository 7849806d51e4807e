using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Calendar;

/// <summary>Who gets a link, what it opens, and how it stops working.</summary>
public sealed class CalendarLinkTests : IDisposable
{
    private const string Other = "UOTHER0001";
    private readonly BotFactory _bot = CalendarLinks.Bot();
    private readonly SlackClient _slack;

    public CalendarLinkTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ResetTurnsTheOldLinkOffAndGivesANewOne()
    {
        var old = await JoinAndLinkAsync();

        var reply = await _slack.CommandAsync("calendar reset");

        var fresh = CalendarLinks.PathIn(reply)!;
        Assert.NotEqual(old, fresh);
        Assert.Contains("Your old calendar link is off", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(old));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(fresh));
    }

    [Fact]
    public async Task AskingAgainNeitherShowsNorChangesTheLink()
    {
        var link = await JoinAndLinkAsync();

        var again = await _slack.CommandAsync("calendar");

        Assert.Null(CalendarLinks.PathIn(again));
        Assert.Contains("already have a calendar link", again.AllText, StringComparison.Ordinal);
        Assert.Contains("/prodev calendar reset", again.AllText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(link));
    }

    [Fact]
    public async Task ForgetMeTurnsTheLinkOff()
    {
        var link = await JoinAndLinkAsync();

        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions", user = new { id = SlackClient.StudentId }, team = new { id = "T0TEAM0001" }, api_app_id = "A0APP00001",
            trigger_id = "1.2.3", response_url = _bot.Slack.ResponseUrl("forget").ToString(),
            container = new { type = "message", message_ts = "1.2", channel_id = "C0CHANNEL1", is_ephemeral = true },
            actions = new[] { new { type = "button", action_id = "forget_me_confirm", block_id = "b1", value = SlackClient.StudentId, action_ts = "1.3" } },
        });
        using var click = await _slack.SendInteractionAsync(payload);
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(link));
        Assert.Equal(0, await WithDbAsync(db => db.CalendarSubscriptions.CountAsync()));
    }

    [Fact]
    public async Task UnknownAndMalformedTokensGet404AndOnlyTheTokensHashIsStored()
    {
        var link = await JoinAndLinkAsync();
        var token = CalendarLinks.TokenOf(link);

        var flipped = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        foreach (var wrong in new[] { flipped, new string('A', 43), token[..^1], token + "A", "abc", "..%2F..%2Fbot.db", Uri.EscapeDataString(token.ToUpperInvariant()) })
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync($"/calendar/{wrong}.ics"));
        }

        // Looked up by the SHA-256 of what is presented: the token itself is in no row and in no database file.
        var stored = await WithDbAsync(db => db.CalendarSubscriptions.SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))), stored.TokenHash);
        Assert.Equal(43, token.Length); // 256 random bits, base64url
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_bot.DatabasePath)!, "bot.db*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            Assert.DoesNotContain(token, await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheTokenOpensNothingButItsCalendar()
    {
        var token = CalendarLinks.TokenOf(await JoinAndLinkAsync());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/reports/2603.csv");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var report = await _slack.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync($"/calendar/{token}"));
    }

    [Fact]
    public async Task AStudentAskingForACohortFeedIsRefusedAndGetsNoLink()
    {
        await JoinAndLinkAsync();
        await _slack.CommandAsync("cohort add 2604 module 2 starts 2026-03-02 tz America/New_York", BotFactory.CoachId);

        foreach (var cohort in new[] { "2604", "2603" })
        {
            var reply = await _slack.CommandAsync($"calendar cohort {cohort}");
            Assert.Contains("is for ProDev coaches", reply.AllText, StringComparison.Ordinal);
            Assert.Null(CalendarLinks.PathIn(reply));
        }

        Assert.Equal(["student"], await WithDbAsync(db => db.CalendarSubscriptions.Select(s => s.Feed).ToListAsync()));
    }

    [Fact]
    public async Task ACoachGetsACohortWideFeedAndAClearMessageForAnUnknownCohort()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02 tz America/Denver", BotFactory.CoachId);

        var unknown = await _slack.CommandAsync("calendar cohort 2699", BotFactory.CoachId);
        var missing = await _slack.CommandAsync("calendar cohort", BotFactory.CoachId);
        var reply = await _slack.CommandAsync("calendar cohort 2603", BotFactory.CoachId);

        Assert.Contains("There is no cohort `2699`", unknown.AllText, StringComparison.Ordinal);
        Assert.Contains("Start with the cohort id", missing.AllText, StringComparison.Ordinal);
        var (status, _, calendar) = await CalendarLinks.FetchAsync(_slack.Http, CalendarLinks.PathIn(reply)!);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, calendar!.Events.Count(e => e.Uid!.StartsWith("group-", StringComparison.Ordinal)));
        Assert.All(calendar.Events, e => Assert.Contains("-coach@", e.Uid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterLeavingTheCohortTheLinkServesAnEmptyCalendar()
    {
        var link = await JoinAndLinkAsync();

        await _slack.CommandAsync("leave");

        var (status, _, calendar) = await CalendarLinks.FetchAsync(_slack.Http, link);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(calendar!.Events);
    }

    [Fact]
    public async Task AStudentInNoCohortIsToldHowToJoinAndGetsNoLink()
    {
        var reply = await _slack.CommandAsync("calendar", Other);

        Assert.Contains("not in a cohort", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("/prodev join", reply.AllText, StringComparison.Ordinal);
        Assert.Null(CalendarLinks.PathIn(reply));
        Assert.Equal(0, await WithDbAsync(db => db.CalendarSubscriptions.CountAsync()));
    }

    private async Task<string> JoinAndLinkAsync()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02 tz America/Denver", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603");
        var reply = await _slack.CommandAsync("calendar");
        return CalendarLinks.PathIn(reply) ?? throw new InvalidOperationException("No link in: " + reply.AllText);
    }

    private async Task<HttpStatusCode> StatusAsync(string path)
    {
        using var response = await _slack.Http.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    private async Task<T> WithDbAsync<T>(Func<ProDevDbContext, Task<T>> query)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProDevDbContext>());
    }
}
