using System.Globalization;
using ProDevBot.FakeSlack;
using ProDevBot.Groups;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Groups;

public sealed class GroupDirectMessageTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static List<FakeSlackCall> GroupPosts(BotFactory bot) =>
        [.. bot.Slack.CallsTo("chat.postMessage").Where(c => c.Status == 200 && c.Error is null && c.IdempotencyKey?.StartsWith("groupdm:", StringComparison.Ordinal) == true)];

    [Fact]
    public async Task EachHomeroomGroupGetsOneGroupDmOnTheMondayOfItsWeek()
    {
        using var bot = new BotFactory(now: Utc("2026-03-16T14:00:00Z")); // Monday of week 3 (Homeroom), 8:00 MDT
        var slack = bot.CreateSlackClient();
        await GroupsHarness.CohortAsync(slack, "2603", 1, "A", 40);
        await slack.CoachAsync("groups homeroom 2603");
        var on = await slack.CoachAsync("groups dm 2603 on");
        var groups = await GroupsHarness.HomeroomAsync(bot, "2603");
        var simulation = new Simulation(bot);

        await simulation.RunUntilAsync(Utc("2026-03-16T15:05:00Z"), []); // the 9:00 kickoff
        await slack.CoachAsync("cohort nudge 2603 kickoff"); // a coach's resend is for students, not groups
        await simulation.SettleAsync();

        Assert.Contains("On: each group of cohort *2603* gets a group DM", on.AllText, StringComparison.Ordinal);
        var posts = GroupPosts(bot);
        Assert.Equal(8, posts.Count);
        var opens = bot.Slack.CallsTo("conversations.open").Where(c => c.Status == 200 && c.Error is null && c.Field("users")?.Contains(',', StringComparison.Ordinal) == true).ToList();
        foreach (var (members, i) in groups.Select((g, i) => (g, i)))
        {
            var post = Assert.Single(posts, p => p.IdempotencyKey == $"groupdm:{GroupRounds.Homeroom("2603", 1)}:g{i + 1}:2026-03-16");
            var open = Assert.Single(opens, o => o.Field("users") == string.Join(',', members));
            Assert.StartsWith("G", post.Field("channel"), StringComparison.Ordinal);
            Assert.Equal(200, open.Status);
            var text = new SlackReply(System.Net.HttpStatusCode.OK, post.Body.GetRawText()).AllText;
            Assert.Contains($"Hello, Homeroom group {i + 1}! {GroupText.Mentions(members)}, you meet Wed, Mar 18, 1:00 pm.", text, StringComparison.Ordinal);
        }

        Assert.Equal(8, posts.Select(p => p.Field("channel")).Distinct().Count());
    }

    [Fact]
    public async Task AMixItUpGroupSharedByTwoCohortsGetsItsDmOnceAndNoneWhenTheSwitchIsOff()
    {
        using var bot = new BotFactory(now: Utc("2026-03-09T14:00:00Z")); // Monday of week 2 (Mix It Up)
        var slack = bot.CreateSlackClient();
        await GroupsHarness.CohortAsync(slack, "2603", 1, "A", 12);
        await GroupsHarness.CohortAsync(slack, "2511", 3, "C", 4);
        await GroupsHarness.CohortAsync(slack, "2601", 2, "B", 6);
        await slack.CoachAsync("groups mixitup 2 cohorts 2603 2511 size 4");
        await slack.CoachAsync("groups homeroom 2601");
        await slack.CoachAsync("groups dm 2603 on");
        await slack.CoachAsync("groups dm 2511 on");

        await new Simulation(bot).RunUntilAsync(Utc("2026-03-09T15:05:00Z"), []);

        var posts = GroupPosts(bot);
        Assert.Equal(4, posts.Count); // 16 students in groups of 4, each group once though both cohorts' kickoffs ran
        Assert.All(posts, p => Assert.Contains(":w2:", p.IdempotencyKey!, StringComparison.Ordinal));
        Assert.Contains("Networking", new SlackReply(System.Net.HttpStatusCode.OK, posts[0].Body.GetRawText()).AllText, StringComparison.Ordinal);
    }
}
