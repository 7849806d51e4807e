using ProDevBot.Deliverables;
using ProDevBot.FakeSlack;
using ProDevBot.Tests.Fakes;
using static ProDevBot.Tests.Fakes.InteractionPayloads;

namespace ProDevBot.Tests.Deliverables;

/// <summary>One student clicking check-offs quickly: every click is answered, none waits on another.</summary>
public sealed class RapidClickTests : IDisposable
{
    private static readonly string Draft = DeliverableIds.BlockId(1, "linkedin-rough-draft");
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public RapidClickTests()
    {
        _slack = _bot.CreateSlackClient();
        _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId).GetAwaiter().GetResult();
        new Simulation(_bot).SettleAsync().GetAwaiter().GetResult();
        _slack.CommandAsync("join 2603").GetAwaiter().GetResult();
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ThreeQuickCheckOffClicksGetThreeRedraws()
    {
        string[][] ticks = [["headshot"], ["headshot", "headline"], ["headshot", "headline", "summary"]];

        // Slack gives every click its own response_url; the clock does not move between the clicks.
        for (var i = 0; i < ticks.Length; i++)
        {
            await _slack.InteractAsync(BlockActions(Checkboxes(DeliverableIds.CheckAction, Draft, ticks[i]), _bot.Slack.ResponseUrl($"click-{i}")));
        }

        var redraws = _bot.Slack.CallsTo("response_url");
        Assert.Equal(3, redraws.Count);
        Assert.All(redraws, r => Assert.True(r.Body.GetProperty("replace_original").GetBoolean()));
    }

    [Fact]
    public async Task ALinkButtonWhoseFormSlackWillNotOpenSaysSoUnderTheMessage()
    {
        _bot.Slack.Settings.ForcedRetryAfterSeconds = 30;
        _bot.Slack.Settings.AddFault(new FakeSlackFault("ratelimited", "views.open", Times: 1, Status: 429));

        await _slack.InteractAsync(BlockActions(
            Button(DeliverableIds.LinkAction, "linkedin-url", DeliverableIds.BlockId(1, "linkedin-url")), _bot.Slack.ResponseUrl("link"))).WaitAsync(TimeSpan.FromSeconds(20));

        var reply = Assert.Single(_bot.Slack.CallsTo("response_url"));
        Assert.Contains("Slack is busy", reply.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARedrawThatHangsEndsAtTheClicksOwnDeadlineOnTheBotsClock()
    {
        // The redraw's response_url hangs. Its limit is the click's 3 s counted from arrival on the bot's clock (fake
        // here), not a fresh 2 s of wall time from when the redraw began.
        _bot.Slack.Settings.ResponseDelay = TimeSpan.FromSeconds(10);

        var click = _slack.InteractAsync(BlockActions(Checkboxes(DeliverableIds.CheckAction, Draft, ["headshot"]), _bot.Slack.ResponseUrl("slow")));
        await Task.Delay(2_500);
        Assert.False(click.IsCompleted);
        _bot.Clock.Advance(TimeSpan.FromSeconds(2.5));
        var answer = await click.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status);
    }
}
