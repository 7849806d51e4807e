using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.NetworkLog;
using ProDevBot.Progress;
using ProDevBot.Reflections;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Web;

/// <summary>
/// The real bot on a fixed loopback port that <c>Web:PublicBaseUrl</c> names, so a sign-in link taken from the bot's reply
/// opens as it would for a coach. Seeded with a week-3 cohort: A keeps up, B half, C nothing; a break in week 4; D paused.
/// </summary>
public sealed partial class CoachWebHost : IDisposable
{
    public const string A = "U0STUDA", B = "U0STUDB", C = "U0STUDC", D = "U0STUDD";
    public const string ReportToken = "report-token-for-web-tests-0123456789abcdef";
    public const string ReflectionText = "I learned <b>not</b> to \"assume\" & to ask.\nSecond line.";

    public CoachWebHost(IDictionary<string, string?>? settings = null, CoachWebHost? restartOf = null, bool keepFiles = false, string scheme = "http", CapturedLogs? logs = null)
    {
        Port = restartOf?.Port ?? FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{Port}/");
        var all = new Dictionary<string, string?>
        {
            ["Web:PublicBaseUrl"] = $"{scheme}://127.0.0.1:{Port}/",
            ["Reports:AccessToken"] = ReportToken,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Bot = new BotFactory(all, now: DateTimeOffset.Parse("2026-03-18T17:00:00Z", CultureInfo.InvariantCulture), restartOf: restartOf?.Bot, keepFiles: keepFiles, port: Port) { Logs = logs };
        Slack = Bot.CreateSlackClient();
        if (restartOf is null)
        {
            SeedAsync().GetAwaiter().GetResult();
        }
    }

    public BotFactory Bot { get; }
    public SlackClient Slack { get; }
    public int Port { get; }

    /// <summary>Where the bot listens (always plain HTTP on loopback, whatever the public address says).</summary>
    public Uri BaseUrl { get; }

    public void Dispose() => Bot.Dispose();

    /// <summary>Sends a signed `/prodev web` as <paramref name="userId"/> and returns the reply and the link in it, if any.</summary>
    public async Task<(SlackReply Reply, Uri? Link)> AskForLinkAsync(string userId = BotFactory.CoachId)
    {
        var reply = await Slack.CommandAsync("web", userId);
        var match = SignInUrl().Match(reply.AllText);
        return (reply, match.Success ? new Uri(match.Value) : null);
    }

    /// <summary>A client with its own cookie jar that shows each redirect instead of following it.</summary>
    public HttpClient NewClient(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseUrl };

    /// <summary>The link's path and token on this host (the public address may say https; the test server speaks http).</summary>
    public Uri Local(Uri link) => new(BaseUrl, link.PathAndQuery);

    /// <summary>A client already signed in through a fresh link.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var (_, link) = await AskForLinkAsync();
        var client = NewClient();
        using var response = await client.GetAsync(Local(link!));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private async Task SeedAsync()
    {
        await Slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await Slack.CommandAsync("cohort add 2605 module 2 starts 2026-05-04", BotFactory.CoachId);
        await Slack.CommandAsync("cohort pause 2603 2026-03-23 2026-03-24", BotFactory.CoachId);
        await new Simulation(Bot).SettleAsync();
        foreach (var student in new[] { A, B, C, D })
        {
            await Slack.CommandAsync("join 2603", student);
        }

        using var scope = Bot.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProDevDbContext>();
        var at = DateTimeOffset.Parse("2026-03-12T18:00:00Z", CultureInfo.InvariantCulture);
        db.DeliverableCompletions.AddRange(
            new DeliverableCompletion { StudentId = A, Module = 1, DeliverableId = "exit-ticket-1", CompletedAt = at },
            new DeliverableCompletion { StudentId = A, Module = 1, DeliverableId = "exit-ticket-2", CompletedAt = at.AddDays(1) },
            new DeliverableCompletion { StudentId = B, Module = 1, DeliverableId = "exit-ticket-1", CompletedAt = at });
        db.Reflections.AddRange(
            new Reflection { StudentId = A, Module = 1, Week = 1, Prompt = "What do you do best?", Text = ReflectionText, CreatedAt = at, UpdatedAt = at },
            new Reflection { StudentId = A, Module = 1, Week = 2, Prompt = "p", Text = "Networking goals", CreatedAt = at, UpdatedAt = at });
        db.NetworkingActivities.Add(new NetworkingActivity
        {
            StudentId = B, Module = 1, ContactName = "Ada", ContactCompany = "Analytical", Kind = NetworkingKind.CoffeeChat,
            OccurredOn = new DateOnly(2026, 3, 10), Learned = "Ask better questions", CreatedAt = at,
        });
        var paused = await db.Enrollments.FindAsync(D);
        paused!.PausedUntil = DateOnly.MaxValue;
        await db.SaveChangesAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"https?://127\.0\.0\.1:\d+/web/sign-in\?token=[A-Za-z0-9_-]+")]
    private static partial Regex SignInUrl();
}
