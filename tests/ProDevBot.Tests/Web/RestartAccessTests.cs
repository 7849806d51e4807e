using System.Net;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Web;

/// <summary>Sessions across a restart: the keys live in the database, and the coach list is read again on every request.</summary>
public sealed class RestartAccessTests
{
    [Fact]
    public async Task ASessionSurvivesARestartBecauseItsKeysAreInTheDatabase()
    {
        var cookies = new CookieContainer();
        CoachWebHost restarted;
        var before = new CoachWebHost(keepFiles: true);
        {
            var (_, link) = await before.AskForLinkAsync();
            using var client = before.NewClient(cookies);
            (await client.GetAsync(before.Local(link!))).Dispose();
            restarted = new CoachWebHost(restartOf: Stopped(before));
        }

        using (restarted)
        {
            using var client = restarted.NewClient(cookies);
            using var page = await client.GetAsync("/web/cohorts/2603");

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(CoachWebHost.A, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ACoachTakenOffTheListLosesAccessAtTheNextRequest()
    {
        var cookies = new CookieContainer();
        CoachWebHost restarted;
        var before = new CoachWebHost(keepFiles: true);
        {
            var (_, link) = await before.AskForLinkAsync();
            using var client = before.NewClient(cookies);
            (await client.GetAsync(before.Local(link!))).Dispose();
            restarted = new CoachWebHost(new Dictionary<string, string?> { ["ProDev:Coaches:0"] = "UOTHERCOACH" }, restartOf: Stopped(before));
        }

        using (restarted)
        {
            using var client = restarted.NewClient(cookies);
            using var page = await client.GetAsync("/web/cohorts");

            Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
            Assert.Contains("no longer on the coach list", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ALinkOfACoachTakenOffTheListBeforeOpeningItSignsNobodyIn()
    {
        Uri link;
        CoachWebHost restarted;
        var before = new CoachWebHost(keepFiles: true);
        {
            link = (await before.AskForLinkAsync()).Link!;
            restarted = new CoachWebHost(new Dictionary<string, string?> { ["ProDev:Coaches:0"] = "UOTHERCOACH" }, restartOf: Stopped(before));
        }

        using (restarted)
        {
            using var client = restarted.NewClient();
            using var response = await client.GetAsync(restarted.Local(link));

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("not on the coach list", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
    }

    /// <summary>Stops the first host (freeing its port) before the second starts on the same port and files.</summary>
    private static CoachWebHost Stopped(CoachWebHost host)
    {
        host.Dispose();
        return host;
    }
}
