using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Slack.WebApi;
using ProDevBot.Slack.WebApi.Pacing;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.SlackPacing;

/// <summary>An instance's pause listener, fed by hand: it ignores what is not a pause and hears again after being cut off.</summary>
public sealed class PauseListenerTests
{
    [Fact]
    public async Task AListenerCutOffHearsPausesAgainAndIgnoresMalformedOnes()
    {
        using var bot = new BotFactory(TestDatabase.PostgreSQL);
        bot.CreateSlackClient();
        var schema = bot.PostgresSchema!;
        var pauses = bot.Services.GetRequiredService<SlackMethodPauses>();
        var until = bot.Clock.GetUtcNow().AddSeconds(30);
        var listened = await PauseListeners.WaitForAsync(schema, 1);

        var cut = PauseListeners.Disconnect(schema);
        var gone = await PauseListeners.WaitForAsync(schema, 0);
        var listensAgain = await PauseListeners.WaitForAsync(schema, 1); // it waits 1 s before reconnecting
        PauseListeners.Notify(schema, "chat.update soon");
        PauseListeners.Notify(schema, $"users.info {until.ToUnixTimeMilliseconds()}");
        var heardAfter = await ClusterSlackPauseTests.WaitForPauseAsync(pauses, SlackMethods.UsersInfo);

        Assert.True(listened && cut == 1 && gone && listensAgain, $"listened {listened}, cut {cut}, gone {gone}, listens again {listensAgain}");
        Assert.True(heardAfter < TimeSpan.FromSeconds(10), $"not heard within {heardAfter}");
        Assert.Equal(until, pauses.Until(SlackMethods.UsersInfo));
        Assert.Null(pauses.Until(SlackMethods.Update));
    }
}
