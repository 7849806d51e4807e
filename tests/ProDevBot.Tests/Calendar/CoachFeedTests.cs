using System.Net;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Calendar;

public class CoachFeedTests
{
    [Fact]
    public async Task ACoachsCohortFeedStopsWhenTheyAreNoLongerInProDevCoaches()
    {
        var settings = new Dictionary<string, string?> { ["Web:PublicBaseUrl"] = CalendarLinks.PublicBase };
        using var first = new BotFactory(settings, keepFiles: true);
        var slack = first.CreateSlackClient();
        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02 tz America/Denver", BotFactory.CoachId);
        var link = CalendarLinks.PathIn(await slack.CommandAsync("calendar cohort 2603", BotFactory.CoachId))!;
        Assert.Equal(HttpStatusCode.OK, (await CalendarLinks.FetchAsync(slack.Http, link)).Status);
        first.Dispose();

        settings["ProDev:Coaches:0"] = "UCOACH0002";
        using var restarted = new BotFactory(settings, restartOf: first);

        Assert.Equal(HttpStatusCode.NotFound, (await CalendarLinks.FetchAsync(restarted.CreateSlackClient().Http, link)).Status);
    }
}
