using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Home;

public class EventDeduplicationTests : IDisposable
{
    private readonly BotFactory _bot;

    public EventDeduplicationTests()
        : this(TestDatabase.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see the OnPostgreSql subclass).</summary>
    protected EventDeduplicationTests(TestDatabase database) => _bot = new BotFactory(database);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task RetriedEventIsProcessedOnce()
    {
        var slack = _bot.CreateSlackClient();

        var first = await SlackEvents.PostAsync(slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0DUP0001"));
        var retry = await SlackEvents.PostAsync(slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0DUP0001"), retryNum: 1);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Single(_bot.Slack.CallsTo("views.publish"));
    }

    [Fact]
    public async Task DifferentEventsAreEachProcessed()
    {
        var slack = _bot.CreateSlackClient();

        await SlackEvents.PostAsync(slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0ONE0001"));
        await SlackEvents.PostAsync(slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0TWO0002"));

        Assert.Equal(2, _bot.Slack.CallsTo("views.publish").Count);
    }

    [Fact]
    public async Task EventIdsOlderThanADayArePruned()
    {
        var slack = _bot.CreateSlackClient();
        await SlackEvents.PostAsync(slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0OLD0001"));

        _bot.Clock.Advance(TimeSpan.FromHours(25));
        await SlackEvents.PostAsync(slack.Http, _bot.Clock, SlackEvents.AppHomeOpened("Ev0NEW0002"));

        await using var scope = _bot.Services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<ProDevDbContext>().ProcessedEvents.Select(e => e.EventId).ToListAsync();
        Assert.Equal(["Ev0NEW0002"], ids);
    }
}
