using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Nudges;

/// <summary>`/prodev preview`: students see their own cohort's nudges only; the coach digest is the real one, for coaches.</summary>
public sealed class PreviewCommandTests : IDisposable
{
    private readonly BotFactory _bot = new(); // Wednesday March 11, 11:00 MDT: week 2 of both cohorts
    private readonly SlackClient _slack;

    public PreviewCommandTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        _slack.CommandAsync("cohort add 2604 module 2 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
        _slack.CommandAsync("join 2603").GetAwaiter().GetResult();
    }

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("preview kickoff cohort 2604")]
    [InlineData("preview group 2 cohort 2604")]
    [InlineData("preview kickoff cohort 9999")]
    public async Task AStudentCannotPreviewACohortThatIsNotTheirs(string text)
    {
        var reply = await _slack.CommandAsync(text);

        Assert.Contains("for ProDev coaches", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview, sent to nobody", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("2604", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStudentMayNameTheirOwnCohort()
    {
        var reply = await _slack.CommandAsync("preview kickoff 3 cohort 2603");

        Assert.Contains("Preview, sent to nobody: cohort 2603 gets this on Mon, Mar 16 at 9:00 am", reply.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("preview digest")]
    [InlineData("preview digest cohort 2603")]
    public async Task AStudentIsToldTheDigestIsForCoaches(string text)
    {
        var reply = await _slack.CommandAsync(text);

        Assert.Contains("The Friday digest goes to coaches only", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview, sent to nobody", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoachPreviewsTheRealDigestWithoutSendingIt()
    {
        var reply = await _slack.CommandAsync("preview digest cohort 2603", BotFactory.CoachId);

        Assert.Contains("Preview, sent to nobody: coaches get this on Fri, Mar 13 at 12:00 pm", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Cohort 2603, week 2", reply.AllText, StringComparison.Ordinal);
        Assert.Contains(SlackClient.StudentId, reply.Body, StringComparison.Ordinal); // nothing is done yet: the student is listed
        Assert.Contains("Open record", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Due tomorrow", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(await new Simulation(_bot).OutboxAsync(), m => m.Key.Contains("coachdigest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACoachMustNameTheCohortForADigestPreview()
    {
        var reply = await _slack.CommandAsync("preview digest", BotFactory.CoachId);

        Assert.Contains("Name the cohort", reply.AllText, StringComparison.Ordinal);
    }
}
