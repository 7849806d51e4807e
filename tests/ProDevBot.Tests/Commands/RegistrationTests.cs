using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Help;
using ProDevBot.Slack.Routing;
using ProDevBot.Tests.Fakes;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.Commands;

/// <summary>
/// A feature's registration is all it takes: its words reach its handler, `/prodev help` lists them for the right
/// audience, the dispatcher alone refuses coach-only entries, a click reaches the one handler of its key, and a
/// key claimed twice stops the bot from starting.
/// </summary>
public sealed class RegistrationTests : IDisposable
{
    private readonly BotFactory _bot;
    private readonly SlackClient _slack;

    // One probe for the test, shared by both instances when the tests run on a cluster.
    private readonly Probe _probe = new();

    public RegistrationTests()
    {
        _bot = new BotFactory { Features = AddTestFeature };
        _slack = _bot.CreateSlackClient();
    }

    private Probe Probe => _probe;

    public void Dispose() => _bot.Dispose();

    private void AddTestFeature(IServiceCollection services)
    {
        services.AddSingleton(_probe);
        services.AddSubcommand<EchoCommand>(new("echo", EchoCommand.HelpLine, EchoCommand.Example));
        services.AddSubcommand<SecretCommand>(new("secret", SecretCommand.HelpLine, SecretCommand.Example, CoachOnly: true));
        services.AddInteractionHandler<ProbeClickA>(new(InteractionKind.BlockAction, "probe_a"));
        services.AddInteractionHandler<ProbeClickB>(new(InteractionKind.BlockAction, "probe_b"));
    }

    [Fact]
    public async Task NewFeaturesCommandsAppearInHelpForTheirAudienceAndReachTheirHandler()
    {
        var student = await _slack.CommandAsync("help");
        var coach = await _slack.CommandAsync("help", BotFactory.CoachId);
        var echoed = await _slack.CommandAsync("echo  hi there");

        Assert.Contains("`/prodev echo hello`: say it back", student.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", student.AllText, StringComparison.Ordinal);
        Assert.Contains("`/prodev echo hello`: say it back", coach.AllText, StringComparison.Ordinal);
        Assert.Contains("`/prodev secret 2603`: a coaches' secret", coach.AllText, StringComparison.Ordinal);
        Assert.Equal("echo: hi there", echoed.AllText);
    }

    [Fact]
    public async Task UnknownWordGetsTheHelpOfItsAudience()
    {
        var student = await _slack.CommandAsync("ecko");
        var coach = await _slack.CommandAsync("ecko", BotFactory.CoachId);

        Assert.Contains("I don't know `ecko`", student.AllText, StringComparison.Ordinal);
        Assert.Contains("/prodev echo hello", student.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("/prodev report", student.AllText, StringComparison.Ordinal);
        Assert.Contains("/prodev report", coach.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StudentIsRefusedEveryCoachOnlyEntryAndNoneOfThemRuns()
    {
        var registry = _bot.Services.GetRequiredService<SubcommandRegistry>();
        var coachOnly = registry.Entries.Where(e => e.Subcommand.CoachOnly).ToList();
        Assert.Contains(coachOnly, e => e.Path == "cohort add");
        Assert.Contains(coachOnly, e => e.Path == "secret");

        foreach (var entry in coachOnly)
        {
            var reply = await _slack.CommandAsync(HelpMessage.ExampleText(entry.Subcommand.Example));

            Assert.Contains("for ProDev coaches", reply.AllText, StringComparison.Ordinal);
            Assert.Contains($"`/prodev {entry.Group?.Word ?? entry.Subcommand.Word}", reply.AllText, StringComparison.Ordinal);
        }

        var db = _bot.Services.GetRequiredServiceInScope<ProDevDbContext>();
        Assert.Empty(await db.Cohorts.ToListAsync());
        Assert.Empty(await db.CoachSettings.ToListAsync());
        Assert.Empty(Probe.Calls);
        Assert.Equal("the secret", (await _slack.CommandAsync("secret", BotFactory.CoachId)).AllText);
    }

    [Fact]
    public async Task ClickIsAnsweredByTheOneHandlerOfItsActionId()
    {
        using var b = await _slack.SendInteractionAsync(System.Text.Json.JsonSerializer.Serialize(BlockActions(Button("probe_b"))));
        using var a = await _slack.SendInteractionAsync(System.Text.Json.JsonSerializer.Serialize(BlockActions(Button("probe_a"))));
        using var none = await _slack.SendInteractionAsync(System.Text.Json.JsonSerializer.Serialize(BlockActions(Button("probe_c"))));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (b.StatusCode, a.StatusCode, none.StatusCode));
        Assert.Equal(["B probe_b", "A probe_a"], Probe.Calls);
    }

    [Fact]
    public async Task StudentClickOnTheDigestsOpenRecordIsRefusedWithAClearMessage()
    {
        var responseUrl = _bot.Slack.ResponseUrl("digest-1");

        using var response = await _slack.SendInteractionAsync(System.Text.Json.JsonSerializer.Serialize(
            BlockActions(Button("student_record", SlackClient.StudentId), responseUrl)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single(_bot.Slack.CallsTo("response_url"));
        Assert.Contains("Sorry, this button is for ProDev coaches", answer.Body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Deliverables", answer.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupWithoutItsDefaultActionNamesTheActionsThereAre()
    {
        using var bot = new BotFactory
        {
            Features = s => s.AddSingleton<Probe>()
                .AddSubcommandGroup(new SubcommandGroup("things", DefaultAction: "list"))
                .AddSubcommandAction<EchoCommand>("things", new("show", "show a thing", "things show 1")),
        };
        var slack = bot.CreateSlackClient();

        var bare = await slack.CommandAsync("things");
        var shown = await slack.CommandAsync("things show 1");

        Assert.Contains("I don't know `things list`. You can show.", bare.AllText, StringComparison.Ordinal);
        Assert.Contains("/prodev things show 1", bare.AllText, StringComparison.Ordinal);
        Assert.Equal("echo: 1", shown.AllText);
    }

    [Theory]
    [InlineData("week", "`/prodev week` is claimed by both WeekCommand and EchoCommand")]
    [InlineData("cohorts", "`/prodev cohorts` is claimed by both the `cohort` group and EchoCommand")]
    public void SecondClaimOnAWordStopsStartUpNamingBoth(string word, string expected)
    {
        using var bot = new BotFactory { Features = s => s.AddSingleton<Probe>().AddSubcommand<EchoCommand>(new(word, "clash", "clash")) };

        Assert.Contains(expected, FailureOf(() => bot.CreateSlackClient()), StringComparison.Ordinal);
    }

    [Fact]
    public void SecondClaimOnACohortActionStopsStartUpNamingBoth()
    {
        using var bot = new BotFactory { Features = s => s.AddSingleton<Probe>().AddSubcommandAction<EchoCommand>("cohort", new("nudge", "clash", "cohort nudge", CoachOnly: true)) };

        Assert.Contains("`/prodev cohort nudge` is claimed by both CohortNudgeAction and EchoCommand", FailureOf(() => bot.CreateSlackClient()), StringComparison.Ordinal);
    }

    [Fact]
    public void SecondHandlerForAnActionIdStopsStartUpNamingBoth()
    {
        using var bot = new BotFactory { Features = s => s.AddSingleton<Probe>().AddInteractionHandler<ProbeClickA>(new(InteractionKind.BlockAction, "open_reflect")) };

        Assert.Contains("The BlockAction `open_reflect` is claimed by both OpenReflectionAction and ProbeClickA", FailureOf(() => bot.CreateSlackClient()), StringComparison.Ordinal);
    }

    // The host wraps what ConfigureServices threw; the message that names the clash is somewhere in the chain.
    private static string FailureOf(Action start)
    {
        var error = Record.Exception(start);
        Assert.NotNull(error);
        var messages = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }
}
