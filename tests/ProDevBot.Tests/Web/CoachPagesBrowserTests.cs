using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProDevBot.Curriculum;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Web;

/// <summary>A coach in a real browser: signs in through the link from the bot's reply and uses every page, then signs out.</summary>
public sealed partial class CoachPagesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly CoachWebHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ACoachSignsInFromSlackAndReadsTheCohortsList()
    {
        var page = await SignedInPageAsync();

        Assert.EndsWith("/web/cohorts", page.Url, StringComparison.Ordinal);
        var row = page.Locator("tbody tr", new() { HasText = "2603" });
        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.Equal(["Module 1", "week 3 of 6", "4"], cells.Take(3));
        Assert.Equal("nothing due yet", cells[3]); // week 3's first deliverable is due later in the week
        Assert.Contains("not started", await page.Locator("tbody tr", new() { HasText = "2605" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task TheCohortPageShowsTheReportsNumbersAndWhoIsAtRiskAndWhy()
    {
        var page = await SignedInPageAsync();
        var report = (await _host.Slack.CommandAsync("report 2603", BotFactory.CoachId)).AllText;

        await page.ClickAsync("text=2603");

        // The same totals and per-student numbers as `/prodev report`, taken from the bot's reply rather than typed here.
        var totals = Totals().Match(report);
        Assert.True(totals.Success, report);
        Assert.Contains($"deliverables {totals.Groups[1].Value}/{totals.Groups[2].Value} ({totals.Groups[3].Value} %) done", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        foreach (Match line in StudentLine().Matches(report))
        {
            var cells = await page.Locator("tbody tr", new() { HasText = line.Groups["id"].Value }).Locator("td").AllInnerTextsAsync();
            Assert.Equal([line.Groups["deliverables"].Value, line.Groups["items"].Value, line.Groups["reflections"].Value, line.Groups["logs"].Value, line.Groups["last"].Value], cells.Take(5));
        }

        var atRisk = page.Locator("tr.at-risk");
        // As of week 3 (the Friday digest's rules): everyone still owes week 3's work; C also wrote no reflection; D is paused.
        Assert.Equal(3, await atRisk.CountAsync());
        var c = await page.Locator("tr", new() { HasText = CoachWebHost.C }).InnerTextAsync();
        Assert.Contains("At risk: not done, due this week:", c, StringComparison.Ordinal);
        Assert.Contains("no reflection for weeks 2 and 3", c, StringComparison.Ordinal);
        Assert.DoesNotContain("no reflection", await page.Locator("tr", new() { HasText = CoachWebHost.A }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("At risk:", await page.Locator("tr", new() { HasText = CoachWebHost.D }).InnerTextAsync(), StringComparison.Ordinal);

        var chart = page.Locator("img[src$='chart.png']");
        Assert.Contains("week 1 50 %", await chart.GetAttributeAsync("alt"), StringComparison.Ordinal);
        Assert.True(await chart.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0") >= 800);
        Screenshot(page, "coach-cohort-page.png");
    }

    [Fact]
    public async Task ClickingAColumnHeaderSortsByItAndClickingAgainReverses()
    {
        var page = await SignedInPageAsync("/web/cohorts/2603");

        await page.ClickAsync("th >> text=Networking logs");
        var ascending = await page.Locator("tbody th").AllInnerTextsAsync();
        await page.ClickAsync("th >> text=Networking logs");
        var descending = await page.Locator("tbody th").AllInnerTextsAsync();

        Assert.StartsWith(CoachWebHost.B, descending[0], StringComparison.Ordinal); // B logged a coffee chat
        Assert.StartsWith(CoachWebHost.B, ascending[^1], StringComparison.Ordinal);
        Assert.Equal("descending", await page.Locator("th[aria-sort]").GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task TheCsvDownloadIsTheReportEndpointsFileReachedWithTheSession()
    {
        var page = await SignedInPageAsync("/web/cohorts/2603");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=Download this report as CSV"));
        var path = await download.PathAsync();
        var downloaded = await File.ReadAllTextAsync(path);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/reports/2603.csv") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", CoachWebHost.ReportToken) } };
        using var withToken = await _host.NewClient().SendAsync(request);
        Assert.Equal(await withToken.Content.ReadAsStringAsync(), downloaded);
        Assert.Contains($"2603,module,{CoachWebHost.A},2,2,", downloaded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStudentPageShowsTheRecordAndReflectionsInFullAsTyped()
    {
        var page = await SignedInPageAsync("/web/cohorts/2603");

        await page.ClickAsync($"tbody >> text={CoachWebHost.A}");

        Assert.Equal($"Student {CoachWebHost.A}", await page.InnerTextAsync("h1"));
        Assert.Contains("cohort 2603, module 1, week 3", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var reflection = await page.Locator("blockquote").First.InnerTextAsync();
        Assert.Equal(CoachWebHost.ReflectionText, reflection.ReplaceLineEndings("\n"));
        Assert.Equal(0, await page.Locator("main b").CountAsync()); // the student's <b> is text, not markup
    }

    [Fact]
    public async Task TheSchedulePageShowsComingNudgesWithRecipientsSkippedDaysAndTheirMessages()
    {
        var page = await SignedInPageAsync("/web/cohorts/2603/schedule");

        var pausedMonday = page.Locator("section.nudge", new() { HasText = "Monday kickoff: Mon, Mar 23" });
        Assert.Contains("Skipped: the cohort is paused that day.", await pausedMonday.InnerTextAsync(), StringComparison.Ordinal);
        var week5 = page.Locator("section.nudge", new() { HasText = "Monday kickoff: Mon, Mar 30" });
        var text = await week5.InnerTextAsync();
        Assert.Contains("Recipients: 3 · 1 student paused", text, StringComparison.Ordinal); // D is paused
        Assert.Contains("Good morning! Week 5 of ProDev starts today.", text, StringComparison.Ordinal);
        Assert.Contains("Due tomorrow", await page.Locator("section.nudge", new() { HasText = "Deadline reminder" }).First.InnerTextAsync(), StringComparison.Ordinal);
        Screenshot(page, "coach-schedule-page.png");
    }

    [Fact]
    public async Task TheCurriculumPageShowsEachWeekAsSlackBlocksWithStaticCheckOffs()
    {
        var module = _host.Bot.Services.GetRequiredService<CurriculumCatalog>().Find(1)!;
        var page = await SignedInPageAsync();

        await page.ClickAsync("nav >> text=Curriculum");
        await page.ClickAsync("text=Module 1");

        foreach (var week in module.Weeks)
        {
            Assert.Equal($"Week {week.Number}: {week.Topic}", await page.InnerTextAsync($"#week-{week.Number}"));
            Assert.Contains($"Module 1 · Week {week.Number}: {week.Topic}", await page.Locator(".slack h3").AllInnerTextsAsync());
        }

        var boxes = page.Locator("input[type=checkbox]");
        Assert.Equal(module.Deliverables.Where(d => d.Checklist.Count is > 0 and <= 10).Sum(d => d.Checklist.Count), await boxes.CountAsync());
        Assert.True(await boxes.First.IsDisabledAsync());
        Assert.True(await page.Locator(".slack .button", new() { HasText = "Mark done" }).CountAsync() > 0);
    }

    [Fact]
    public async Task SigningOutEndsTheSessionInTheBrowser()
    {
        var page = await SignedInPageAsync();

        await page.ClickAsync("text=Sign out");
        Assert.Equal("Signed out", await page.InnerTextAsync("h1"));
        var response = await page.GotoAsync(new Uri(_host.BaseUrl, "/web/cohorts").AbsoluteUri);

        Assert.Equal(401, response!.Status);
        Assert.Equal("Sign in from Slack", await page.InnerTextAsync("h1"));
    }

    [Fact]
    public async Task AStudentGetsNoLinkAndThePagesTellThemHowCoachesSignIn()
    {
        var (reply, link) = await _host.AskForLinkAsync(CoachWebHost.A);
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();

        var response = await page.GotoAsync(new Uri(_host.BaseUrl, "/web/cohorts/2603").AbsoluteUri);

        Assert.Null(link);
        Assert.Contains("is for ProDev coaches", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(401, response!.Status);
        Assert.Contains("type /prodev web", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("table").CountAsync());
    }

    [Fact]
    public async Task AnExpiredLinkShowsWhyAndSignsNobodyIn()
    {
        var (_, link) = await _host.AskForLinkAsync();
        _host.Bot.Clock.Advance(TimeSpan.FromMinutes(11));
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(link!.AbsoluteUri);

        Assert.Contains("This sign-in link has expired.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Empty(await context.CookiesAsync());
    }

    [Fact]
    public async Task AReusedLinkShowsItWasUsedAndSignsNobodyIn()
    {
        var (_, link) = await _host.AskForLinkAsync();
        await (await (await browser.Browser.NewContextAsync()).NewPageAsync()).GotoAsync(link!.AbsoluteUri);
        var second = await browser.Browser.NewContextAsync();
        var page = await second.NewPageAsync();

        await page.GotoAsync(link.AbsoluteUri);

        Assert.Contains("This sign-in link has already been used.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Empty(await second.CookiesAsync());
    }

    /// <summary>A fresh browser context signed in through the link in the bot's reply to a signed `/prodev web`.</summary>
    private async Task<IPage> SignedInPageAsync(string? then = null)
    {
        var (_, link) = await _host.AskForLinkAsync();
        Assert.NotNull(link);
        var page = await (await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } })).NewPageAsync();
        await page.GotoAsync(link.AbsoluteUri);
        Assert.Equal("Cohorts", await page.InnerTextAsync("h1"));
        if (then is not null)
        {
            await page.GotoAsync(new Uri(_host.BaseUrl, then).AbsoluteUri);
        }

        return page;
    }

    /// <summary>With PRODEVBOT_SCREENSHOT_DIR set, saves the page (the README shows docs/coach-cohort-page.png).</summary>
    private static void Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("PRODEVBOT_SCREENSHOT_DIR") is { Length: > 0 } folder)
        {
            page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true }).GetAwaiter().GetResult();
        }
    }

    [GeneratedRegex(@"deliverables (\d+)/(\d+) done \((\d+) %\)")]
    private static partial Regex Totals();

    [GeneratedRegex(@"• <@(?<id>U[A-Z0-9]+)>(?: \(paused\))?: deliverables (?<deliverables>\d+/\d+) · items (?<items>\d+) · reflections (?<reflections>\d+) · logs (?<logs>\d+) · last (?<last>[^\n]+)")]
    private static partial Regex StudentLine();
}
