using System.Net;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Cohorts;

public class CohortCommandTests : IDisposable
{
    private readonly BotFactory _bot;
    private readonly SlackClient _slack;

    public CohortCommandTests()
        : this(TestDatabase.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see the OnPostgreSql subclass).</summary>
    protected CohortCommandTests(TestDatabase database)
    {
        _bot = new BotFactory(database);
        _slack = _bot.CreateSlackClient();
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task CoachCreatesACohortAndSeesItListed()
    {
        var created = await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        var listed = await _slack.CommandAsync("cohort list", BotFactory.CoachId);

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Contains("Created cohort *2603*", created.AllText, StringComparison.Ordinal);
        Assert.Contains("America/Denver", created.AllText, StringComparison.Ordinal);
        Assert.Contains("*2603*: module 1, starts 2026-03-02 (America/Denver), 0 students, week 2", listed.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StudentIsRefusedCoachCommandsAndNothingChanges()
    {
        var refused = await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02");
        var listed = await _slack.CommandAsync("cohort list", BotFactory.CoachId);

        Assert.Contains("for ProDev coaches", refused.AllText, StringComparison.Ordinal);
        Assert.Contains("There are no cohorts yet", listed.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cohort add 2603 module 1 starts 2026-03-04", "is a Wednesday", "Did you mean 2026-03-02?")]
    [InlineData("cohort add 2603 module 1 starts 03/02/2026", "not a date in the form YYYY-MM-DD", "/prodev cohort add")]
    [InlineData("cohort add 2603 module 9 starts 2026-03-02", "There is no module 9", "modules 1, 2, 3, 4")]
    [InlineData("cohort add 2603 module 1 starts 2026-03-02 tz Mars/Olympus", "not an IANA time zone", "America/Denver")]
    [InlineData("cohort add 2603 starts 2026-03-02", "which module", "module 1")]
    [InlineData("cohort add 2603 module 1", "Say when week 1 starts", "Monday")]
    [InlineData("cohort add 2603 module 1 starts 2026-03-02 room 4", "I don't understand `room`", "/prodev cohort add")]
    [InlineData("cohort add", "Give the cohort an id", "/prodev cohort add")]
    [InlineData("cohort rename 2603", "I don't know `cohort rename`", "/prodev cohort add")]
    public async Task CoachMistakesGetAClearMessageAndCreateNothing(string text, string problem, string hint)
    {
        var reply = await _slack.CommandAsync(text, BotFactory.CoachId);
        var listed = await _slack.CommandAsync("cohort list", BotFactory.CoachId);

        Assert.Contains(problem, reply.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(hint, reply.AllText, StringComparison.Ordinal);
        Assert.Contains("There are no cohorts yet", listed.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAnExistingCohortChangesNothing()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);

        var again = await _slack.CommandAsync("cohort add 2603 module 2 starts 2026-04-20 tz Europe/London", BotFactory.CoachId);
        var listed = await _slack.CommandAsync("cohort list", BotFactory.CoachId);

        Assert.Contains("already exists", again.AllText, StringComparison.Ordinal);
        Assert.Contains("*2603*: module 1, starts 2026-03-02 (America/Denver)", listed.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClassJoiningTwiceAtOnceIsWelcomedAndEnrolledOnceEach()
    {
        // 40 students each send /prodev join twice in the same moment (a double tap, or a retry).
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        var students = Enumerable.Range(0, 40).Select(i => $"UCLASS{i:D4}").ToList();

        var replies = await Task.WhenAll(students.SelectMany(s => new[] { s, s }).Select(s => _slack.CommandAsync("join 2603", s)));

        Assert.All(replies, r => Assert.DoesNotContain("Sorry", r.AllText, StringComparison.Ordinal));
        Assert.All(replies, r => Assert.Contains("cohort *2603*", r.AllText, StringComparison.Ordinal));
        var listed = await _slack.CommandAsync("cohort list", BotFactory.CoachId);
        Assert.Contains("40 students", listed.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StudentJoinsMovesAndLeaves()
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);
        await _slack.CommandAsync("cohort add 2604 module 2 starts 2026-04-06 tz America/New_York", BotFactory.CoachId);

        var joined = await _slack.CommandAsync("join 2603");
        var again = await _slack.CommandAsync("join 2603");
        var moved = await _slack.CommandAsync("join 2604");
        var listed = await _slack.CommandAsync("cohort list", BotFactory.CoachId);
        var left = await _slack.CommandAsync("leave");
        var leftAgain = await _slack.CommandAsync("leave");

        Assert.Contains("Welcome to cohort *2603*", joined.AllText, StringComparison.Ordinal);
        Assert.Contains("already in cohort *2603*", again.AllText, StringComparison.Ordinal);
        Assert.Contains("you left cohort *2603*", moved.AllText, StringComparison.Ordinal);
        Assert.Contains("*2604*: module 2, starts 2026-04-06 (America/New_York), 1 student,", listed.AllText, StringComparison.Ordinal);
        Assert.Contains("*2603*: module 1, starts 2026-03-02 (America/Denver), 0 students,", listed.AllText, StringComparison.Ordinal);
        Assert.Contains("You left cohort *2604*", left.AllText, StringComparison.Ordinal);
        Assert.Contains("not in a cohort", leftAgain.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("join 9999", "There is no cohort `9999`")]
    [InlineData("join", "Say which cohort to join")]
    [InlineData("join <script>", "There is no cohort `&lt;script&gt;`")]
    public async Task JoinMistakesAreExplained(string text, string expected)
    {
        var reply = await _slack.CommandAsync(text);

        Assert.Contains(expected, reply.AllText, StringComparison.Ordinal);
    }
}
