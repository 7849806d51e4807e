using System.Net;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Overview;

/// <summary>`/prodev module [n]` through the signed HTTP pipeline.</summary>
public sealed class ModuleCommandTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public ModuleCommandTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    private async Task JoinModuleTwoCohortStartingMarch2()
    {
        await _slack.CommandAsync("cohort add 2604 module 2 starts 2026-03-02", BotFactory.CoachId);
        await _slack.CommandAsync("join 2604");
    }

    [Fact]
    public async Task StudentSeesTheirCohortsModuleWithGoalsDeliverablesOnRealDatesAndLinks()
    {
        await JoinModuleTwoCohortStartingMarch2();

        var reply = await _slack.CommandAsync("module");

        Assert.Contains("\"response_type\":\"ephemeral\"", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Module 2: Resume and connections", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Key learning goals", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Get clearer on your own career goals.", reply.AllText, StringComparison.Ordinal);

        // Week 1 starts Monday Mar 2: Friday of week 2 is Mar 13, Wednesday of week 6 is Mar 2 + 5 weeks + 2 days = Apr 8.
        Assert.Contains("Resume draft>: Fri, Mar 13, end of day", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Mentor coffee chat>: Wed, Apr 8, end of day", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("<https://careerdev.turing.edu/module_two/index|", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Repeating the module", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("<https://careerdev.turing.edu/module_two/m2_pd_repeat_plan|", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Cohort 2604", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyModuleCanBeBrowsedWithoutACohortWithDuePointsInModuleWeeks()
    {
        var three = await _slack.CommandAsync("module 3");
        var one = await _slack.CommandAsync("module 1");

        Assert.Contains("Module 3: Portfolio, cover letter and interviews", three.AllText, StringComparison.Ordinal);
        Assert.Contains("Cover letter draft: end of day Monday of week 6", three.AllText, StringComparison.Ordinal);
        Assert.Contains("<https://careerdev.turing.edu/module_three/job_shadow_overview|Job shadow>", three.AllText, StringComparison.Ordinal);
        Assert.Contains("Real dates show for your own cohort's module", three.AllText, StringComparison.Ordinal);

        // Module 1's supplemental activities are placeholders without pages: listed, not linked.
        Assert.Contains("• Cover letters", one.AllText, StringComparison.Ordinal);
        Assert.Contains("<https://careerdev.turing.edu/module_one/m1_PD_repeat_plan|", one.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherModuleThanTheCohortsShowsModuleWeeksNotDates()
    {
        await JoinModuleTwoCohortStartingMarch2();

        var reply = await _slack.CommandAsync("module 1");

        Assert.Contains("Week 1 exit ticket>: end of day Friday of week 1", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModuleFourHasNoRepeatSectionBecauseTheSiteGivesNone()
    {
        var reply = await _slack.CommandAsync("module 4");

        Assert.Contains("Final self-evaluation>: end of day Friday of week 5", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Repeating the module", reply.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("module", "You're not in a cohort yet")]
    [InlineData("module 7", "There is no module 7; the curriculum has modules 1, 2, 3, 4")]
    [InlineData("module 0", "There is no module 0")]
    [InlineData("module two", "give a module number, 1 to 4")]
    [InlineData("module 2 3", "I don't understand `2 3`; give a module number")]
    [InlineData("module module 2 3", "I don't understand `3`; give one module number")]
    [InlineData("module module", "After `module`, give the module number")]
    public async Task MistakesAreExplained(string text, string expected)
    {
        var reply = await _slack.CommandAsync(text);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains(expected, reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpListsTheModuleCommand()
    {
        var reply = await _slack.CommandAsync("help");

        Assert.Contains("/prodev module", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoMisDecodedTextReachesAStudentInAnyModuleWeekOrDeliverableList()
    {
        var catalog = _bot.Services.GetRequiredServiceInScope<ProDevBot.Curriculum.CurriculumCatalog>();
        var texts = new List<string>();
        foreach (var module in catalog.Modules)
        {
            texts.Add((await _slack.CommandAsync($"module {module.Number}")).AllText);
            texts.Add((await _slack.CommandAsync($"deliverables module {module.Number}")).AllText);
            texts.Add((await _slack.CommandAsync($"outcomes module {module.Number}")).AllText);
            foreach (var week in module.Weeks)
            {
                texts.Add((await _slack.CommandAsync($"week {week.Number} module {module.Number}")).AllText);
            }
        }

        // The seed page has "â€™" for an apostrophe; U+FFFD is what bytes that were not UTF-8 at all become.
        Assert.All(texts, t => Assert.DoesNotContain("â€", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("Ã", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("\uFFFD", t, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains('’', StringComparison.Ordinal) || t.Contains('\'', StringComparison.Ordinal)); // apostrophes do get through
    }
}
