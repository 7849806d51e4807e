using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.ThisWeek;

public sealed class WeekCommandTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public WeekCommandTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    private async Task JoinCohortStartingMarch2(string zone = "America/Denver")
    {
        await _slack.CommandAsync($"cohort add 2603 module 1 starts 2026-03-02 tz {zone}", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603");
    }

    [Fact]
    public async Task StudentSeesTheCurrentWeekWithItsMixItUpGroupAndDates()
    {
        await JoinCohortStartingMarch2();

        var reply = await _slack.CommandAsync("week");

        Assert.Contains("Module 1 · Week 2", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("<https://careerdev.turing.edu/mixed_groups/mixed_week2_prompts|Mix It Up> (Networking)", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Wed, Mar 11, 1:00 pm–2:00 pm", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://", reply.Body[..reply.Body.IndexOf("\"blocks\"", StringComparison.Ordinal)], StringComparison.Ordinal); // plain fallback
        Assert.Contains("Fri, Mar 13, end of day", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("\"response_type\":\"ephemeral\"", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Homeroom", "Wed, Mar 4")]
    [InlineData(3, "Homeroom", "Wed, Mar 18")]
    [InlineData(4, "Mix It Up", "Wed, Mar 25")]
    [InlineData(5, "Homeroom", "Wed, Apr 1")]
    public async Task EachWeekNamesItsWednesdayGroup(int week, string group, string date)
    {
        await JoinCohortStartingMarch2();

        var reply = await _slack.CommandAsync($"week {week}");

        Assert.Contains($"Week {week}:", reply.AllText, StringComparison.Ordinal);
        Assert.Contains($"{group}", reply.AllText, StringComparison.Ordinal);
        Assert.Contains($"{date}, 1:00 pm–2:00 pm", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeekSixListsNoGroup()
    {
        await JoinCohortStartingMarch2();

        var reply = await _slack.CommandAsync("week 6");

        Assert.Contains("No Wednesday group is listed for this week", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkedInDraftIsDueInWeekFourOnARealDate()
    {
        await JoinCohortStartingMarch2();

        var reply = await _slack.CommandAsync("week 4");

        Assert.Contains("LinkedIn", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Fri, Mar 27, end of day", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWeekWithNothingDuePointsAtWhatIsDueNext()
    {
        // Module 3's week 5 has no deadline of its own; its cover letter, resume and self-evaluation are due Monday of week 6.
        await _slack.CommandAsync("cohort add 2603 module 3 starts 2026-03-02 tz America/Denver", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603");

        var reply = await _slack.CommandAsync("week 5");

        Assert.Contains("Nothing is due this week. Next due, Mon, Apr 6, end of day:", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Cover letter draft", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StudentInNoCohortIsToldHowToJoinAndCanStillBrowse()
    {
        var current = await _slack.CommandAsync("week");
        var browsed = await _slack.CommandAsync("week 2 module 1");

        Assert.Contains("/prodev join", current.AllText, StringComparison.Ordinal);
        Assert.Contains("Module 1 · Week 2", browsed.AllText, StringComparison.Ordinal);
        Assert.Contains("Mix It Up", browsed.AllText, StringComparison.Ordinal);
        Assert.Contains("Real dates show for your own cohort's module", browsed.AllText, StringComparison.Ordinal);
        Assert.Contains("end of day Friday of week 2", browsed.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheStartTheStudentIsToldWhenTheModuleStarts()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-16", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603");
        var early = await _slack.CommandAsync("week");
        _bot.Clock.SetUtcNow(DateTimeOffset.Parse("2026-03-16T05:59:00Z", System.Globalization.CultureInfo.InvariantCulture)); // Sunday 23:59 MDT
        var lastMinute = await _slack.CommandAsync("week");
        _bot.Clock.Advance(TimeSpan.FromMinutes(1)); // Monday 00:00 MDT
        var started = await _slack.CommandAsync("week");

        Assert.Contains("starts module 1 on Mon, Mar 16", early.AllText, StringComparison.Ordinal);
        Assert.Contains("starts module 1 on Mon, Mar 16", lastMinute.AllText, StringComparison.Ordinal);
        Assert.Contains("Module 1 · Week 1", started.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterWeekSixTheStudentIsToldTheModuleIsOver()
    {
        await JoinCohortStartingMarch2();
        _bot.Clock.SetUtcNow(DateTimeOffset.Parse("2026-04-13T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture)); // Monday 00:00 MDT

        var reply = await _slack.CommandAsync("week");

        Assert.Contains("ended on Sun, Apr 12", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACohortInAnotherZoneSeesTheMountainTimeGroupInItsOwnLocalTime()
    {
        await JoinCohortStartingMarch2("Europe/London");

        var reply = await _slack.CommandAsync("week 2");

        // 1 pm MDT (Denver changed on March 8) is 7 pm GMT (London changes on March 29).
        Assert.Contains("Wed, Mar 11, 7:00 pm–8:00 pm", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("times in Europe/London", reply.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("week 9 module 1", "there is no week 9")]
    [InlineData("week two module 1", "give a week number")]
    [InlineData("week 2 module 7", "There is no module 7")]
    [InlineData("week 2 module", "After `module`, give the module number")]
    public async Task WeekMistakesAreExplained(string text, string expected)
    {
        var reply = await _slack.CommandAsync(text);

        Assert.Contains(expected, reply.AllText, StringComparison.Ordinal);
    }
}
