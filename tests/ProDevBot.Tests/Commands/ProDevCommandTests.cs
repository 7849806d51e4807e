using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Commands;

public sealed class ProDevCommandTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public ProDevCommandTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("help")]
    public async Task HelpListsEveryStudentCommandWithAnExampleAndNoCoachCommands(string text)
    {
        var reply = await _slack.CommandAsync(text);

        foreach (var example in new[] { "/prodev week", "/prodev week 2 module 1", "/prodev deliverables", "/prodev outcomes networking", "/prodev join 2603", "/prodev leave" })
        {
            Assert.Contains(example, reply.AllText, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("/prodev cohort", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("For coaches", reply.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("help")]
    public async Task HelpForACoachAlsoListsTheCoachCommands(string text)
    {
        var reply = await _slack.CommandAsync(text, BotFactory.CoachId);

        foreach (var example in new[] { "/prodev week", "/prodev join 2603", "/prodev cohort add 2603 module 1 starts 2026-03-02", "/prodev cohort list", "/prodev report 2603 week 3", "/prodev digest off" })
        {
            Assert.Contains(example, reply.AllText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownSubcommandGetsTheHelpText()
    {
        var reply = await _slack.CommandAsync("weak 2");

        Assert.Contains("I don't know `weak`", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("/prodev deliverables", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubcommandsIgnoreCaseAndExtraSpaces()
    {
        var reply = await _slack.CommandAsync("  WEEK   2   Module  1 ");

        Assert.Contains("Module 1 · Week 2", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverablesShowChecklistsAndRealDueDates()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await _slack.CommandAsync("join 2603");

        var reply = await _slack.CommandAsync("deliverables");

        Assert.Contains("Module 1 deliverables", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("headshot", reply.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("headline", reply.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Fri, Apr 3, end of day", reply.AllText, StringComparison.Ordinal); // week 5 Friday
    }

    [Fact]
    public async Task OutcomesShowTargetLevelsAndSiatStatementsForOneCompetency()
    {
        var all = await _slack.CommandAsync("outcomes module 2");
        var networking = await _slack.CommandAsync("outcomes networking module 2");
        var unknown = await _slack.CommandAsync("outcomes cooking module 2");

        Assert.Contains("Networking: Level II", all.AllText, StringComparison.Ordinal);
        Assert.Contains("Job Search Strategies: Levels I–II", all.AllText, StringComparison.Ordinal);
        Assert.Contains("Negotiations: Levels I–II", all.AllText, StringComparison.Ordinal);
        Assert.Contains("Networking, Level II", networking.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Materials", networking.AllText, StringComparison.Ordinal);
        Assert.Contains("is not a competency", unknown.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoReplyCarriesMojibake()
    {
        var texts = new List<string>();
        foreach (var text in new[] { "outcomes module 1", "outcomes module 2", "deliverables module 1", "deliverables module 2" })
        {
            texts.Add((await _slack.CommandAsync(text)).AllText);
        }

        for (var week = 1; week <= 6; week++)
        {
            texts.Add((await _slack.CommandAsync($"week {week} module 1")).AllText);
            texts.Add((await _slack.CommandAsync($"week {week} module 2")).AllText);
        }

        Assert.All(texts, t => Assert.DoesNotContain("â€", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("Ã", t, StringComparison.Ordinal));
    }
}
