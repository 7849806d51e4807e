using ProDevBot.Groups;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Groups;

public sealed class MixItUpCommandTests : IDisposable
{
    private static readonly string[] Cohorts = ["2511", "2601", "2603"];
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public MixItUpCommandTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    private static HashSet<string> PairsOf(List<List<string>> groups) =>
        [.. groups.SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => MixItUpSearch.Pair(a, b))))];

    [Fact]
    public async Task TwoMixItUpWeeksAcrossThreeCohortsOf40RepeatNoPairAndEveryGroupHasAMod3Or4Student()
    {
        await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 16);
        await GroupsHarness.CohortAsync(_slack, "2601", 2, "B", 16);
        var seniors = await GroupsHarness.CohortAsync(_slack, "2511", 3, "C", 8);

        var week2 = await _slack.CoachAsync("groups mixitup 2 cohorts 2603 2601 2511");
        var week4 = await _slack.CoachAsync("groups mixitup 4 cohorts 2603 2601 2511 size 5");
        var first = await GroupsHarness.GroupsAsync(_bot, GroupRounds.MixItUp(2, Cohorts));
        var second = await GroupsHarness.GroupsAsync(_bot, GroupRounds.MixItUp(4, Cohorts));

        Assert.Contains("Formed 8 Mix It Up groups for week 2 from 40 students", week2.AllText, StringComparison.Ordinal);
        Assert.Contains("Every group has a Mod 3 or 4 student.", week4.AllText, StringComparison.Ordinal);
        Assert.Contains("No two students meet again from an earlier Mix It Up.", week4.AllText, StringComparison.Ordinal);
        Assert.Equal(8, second.Count);
        Assert.Empty(PairsOf(first).Intersect(PairsOf(second)));
        Assert.All(first.Concat(second), g => Assert.Single(g, seniors.Contains));
        Assert.All(first.Concat(second), g => Assert.True(g.Select(s => s[1]).Distinct().Count() > 1, "mixes cohorts"));
    }

    [Fact]
    public async Task TooFewMod3Or4StudentsIsSaidInTheReply()
    {
        await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 12);
        await GroupsHarness.CohortAsync(_slack, "2511", 3, "C", 2);

        var reply = await _slack.CoachAsync("groups mixitup 2 cohorts 2603 2511");

        Assert.Contains("Not enough Mod 3 or 4 students: 2 for 3 groups, so 1 group(s) have none.", reply.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groups mixitup 3 cohorts 2603 2511", "Week 3 is not a Mix It Up week for cohort 2603: module 1 has Mix It Up in week(s) 2 and 4.")]
    [InlineData("groups mixitup 2 cohorts 2603", "Mix It Up mixes cohorts: name at least two.")]
    [InlineData("groups mixitup 2 cohorts 2603 2699", "There is no cohort `2699`")]
    [InlineData("groups mixitup 2 2603 2511", "After the week, write `cohorts` and the cohort ids.")]
    [InlineData("groups mixitup two cohorts 2603 2511", "Start with the module week the groups meet (1–6).")]
    [InlineData("groups mixitup 2 cohorts 2603 2511 size 40", "`size` needs a whole number from 2 to 10.")]
    public async Task EveryMixItUpMistakeGetsAClearMessage(string command, string expected)
    {
        await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 4);
        await GroupsHarness.CohortAsync(_slack, "2511", 3, "C", 2);

        var reply = await _slack.CoachAsync(command);

        Assert.Contains(expected, reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormedWeekStaysUntilTheCoachReformsIt()
    {
        await GroupsHarness.CohortAsync(_slack, "2603", 1, "A", 8);
        await GroupsHarness.CohortAsync(_slack, "2511", 3, "C", 4);
        await _slack.CoachAsync("groups mixitup 2 cohorts 2603 2511");
        var before = await GroupsHarness.GroupsAsync(_bot, GroupRounds.MixItUp(2, ["2511", "2603"]));

        var again = await _slack.CoachAsync("groups mixitup 2 cohorts 2511 2603");
        var kept = await GroupsHarness.GroupsAsync(_bot, GroupRounds.MixItUp(2, ["2511", "2603"]));
        var reformed = await _slack.CoachAsync("groups mixitup 2 cohorts 2511 2603 size 4 reform");

        Assert.Contains("Week 2 already has Mix It Up groups", again.AllText, StringComparison.Ordinal);
        Assert.Equal(before, kept);
        Assert.Contains("Formed 3 Mix It Up groups for week 2 from 12 students", reformed.AllText, StringComparison.Ordinal);
        Assert.Equal([4, 4, 4], (await GroupsHarness.GroupsAsync(_bot, GroupRounds.MixItUp(2, ["2511", "2603"]))).Select(g => g.Count));
    }
}
