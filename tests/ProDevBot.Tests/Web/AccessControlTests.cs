using System.Net;
using ProDevBot.Tests.Fakes;
using ProDevBot.Web.SignIn;

namespace ProDevBot.Tests.Web;

/// <summary>Who gets into the coach pages, over real HTTP without a browser: one test per rule.</summary>
public sealed class AccessControlTests : IDisposable
{
    private readonly CoachWebHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task AStudentAskingForALinkIsToldItIsForCoachesAndGetsNone()
    {
        var (reply, link) = await _host.AskForLinkAsync(CoachWebHost.A);

        Assert.Null(link);
        Assert.Contains("`/prodev web` is for ProDev coaches", reply.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/web/cohorts")]
    [InlineData("/web/cohorts/2603")]
    [InlineData("/web/cohorts/2603/chart.png")]
    [InlineData("/web/cohorts/2603/schedule")]
    [InlineData("/web/students/U0STUDA")]
    [InlineData("/web/curriculum/1")]
    public async Task EveryPageWithoutASessionAnswers401WithTheWayIn(string path)
    {
        using var client = _host.NewClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("type <code>/prodev web</code>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(CoachWebHost.A, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkSignsTheCoachInWithAnHttpOnlyLaxCookie()
    {
        var (_, link) = await _host.AskForLinkAsync();
        using var client = _host.NewClient();

        using var response = await client.GetAsync(_host.Local(link!));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/web/cohorts", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CoachSession.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase); // plain http here
        using var page = await client.GetAsync("/web/cohorts");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task TheSessionEndsEightHoursAfterSignIn()
    {
        using var client = await _host.SignedInClientAsync();

        _host.Bot.Clock.Advance(TimeSpan.FromHours(8).Subtract(TimeSpan.FromMinutes(1)));
        using var before = await client.GetAsync("/web/cohorts");
        _host.Bot.Clock.Advance(TimeSpan.FromMinutes(2));
        using var after = await client.GetAsync("/web/cohorts");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task TheCookieIsSecureWhenThePublicAddressIsHttps()
    {
        using var host = new CoachWebHost(scheme: "https");
        var (_, link) = await host.AskForLinkAsync();
        Assert.Equal("https", link!.Scheme);
        using var client = host.NewClient();

        using var response = await client.GetAsync(host.Local(link));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CoachSession.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ALinkWorksOnlyOnce()
    {
        var (_, link) = await _host.AskForLinkAsync();
        using var first = _host.NewClient();
        using var second = _host.NewClient();
        (await first.GetAsync(_host.Local(link!))).Dispose();

        using var again = await second.GetAsync(_host.Local(link!));

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("already been used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(again.Headers.Contains("Set-Cookie"));
        using var page = await second.GetAsync("/web/cohorts");
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
    }

    [Fact]
    public async Task ALinkExpiresAfterTenMinutes()
    {
        var (_, link) = await _host.AskForLinkAsync();
        _host.Bot.Clock.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(1)));
        using var client = _host.NewClient();

        using var response = await client.GetAsync(_host.Local(link!));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ALinkStillWorksJustBeforeTenMinutes()
    {
        var (_, link) = await _host.AskForLinkAsync();
        _host.Bot.Clock.Advance(TimeSpan.FromMinutes(9.9));
        using var client = _host.NewClient();

        using var response = await client.GetAsync(_host.Local(link!));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task AMadeUpLinkIsRefused()
    {
        using var client = _host.NewClient();

        using var response = await client.GetAsync("/web/sign-in?token=not-a-token-the-bot-gave-out");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("not one the bot gave out", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        using var client = await _host.SignedInClientAsync();

        using var signOut = await client.PostAsync("/web/sign-out", null);
        using var after = await client.GetAsync("/web/cohorts");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/web/signed-out", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task TheCsvEndpointTakesTheSessionInsteadOfTheTokenAndStillRefusesEveryoneElse()
    {
        using var signedIn = await _host.SignedInClientAsync();
        using var stranger = _host.NewClient();

        using var csv = await signedIn.GetAsync("/reports/2603.csv");
        using var refused = await stranger.GetAsync("/reports/2603.csv");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains($"2603,module,{CoachWebHost.A},2,2,", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task TheSignInTokenNeverReachesTheLogs()
    {
        var logs = new CapturedLogs();
        using var host = new CoachWebHost(logs: logs);
        var (_, link) = await host.AskForLinkAsync();
        using var client = host.NewClient();
        (await client.GetAsync(host.Local(link!))).Dispose();
        (await client.GetAsync(host.Local(link!))).Dispose(); // refused the second time: still not logged

        var token = link!.Query["?token=".Length..];
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAPublicAddressTheCommandSaysThePagesAreOff()
    {
        using var host = new CoachWebHost(new Dictionary<string, string?> { ["Web:PublicBaseUrl"] = null });

        var (reply, link) = await host.AskForLinkAsync();

        Assert.Null(link);
        Assert.Contains("sets `Web:PublicBaseUrl`", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void ARelativePublicAddressStopsStartUpNamingTheKey()
    {
        var error = Assert.ThrowsAny<Exception>(() => new CoachWebHost(new Dictionary<string, string?> { ["Web:PublicBaseUrl"] = "bot.example.org" }));

        Assert.Contains("Web:PublicBaseUrl must be an absolute http or https address", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is AggregateException many ? string.Join('\n', many.InnerExceptions.Select(Flatten)) : error.ToString();
}
