using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Calendar;

public class PublicBaseUrlTests
{
    [Fact]
    public async Task WithoutAPublicBaseUrlTheReplyNamesTheSettingAndNoLinkIsMade()
    {
        using var bot = new BotFactory();
        var slack = bot.CreateSlackClient();
        await slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02 tz America/Denver", BotFactory.CoachId);
        await slack.CommandAsync("join 2603");

        var reply = await slack.CommandAsync("calendar");

        Assert.Contains("`Web:PublicBaseUrl`", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("/calendar/", reply.AllText, StringComparison.Ordinal);
        await using var scope = bot.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ProDevDbContext>().CalendarSubscriptions.CountAsync());
    }

    [Theory]
    [InlineData("http://prodevbot.example.org")]
    [InlineData("prodevbot.example.org")]
    [InlineData("https://prodevbot.example.org/?x=1")]
    public void ProductionRefusesToStartWithAPublicBaseUrlThatIsNotAnHttpsAddress(string value)
    {
        using var bot = new BotFactory(new Dictionary<string, string?> { ["Web:PublicBaseUrl"] = value });

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateSlackClient());

        Assert.Contains("Web:PublicBaseUrl", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join('\n', aggregate.InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? "" : "\n" + Flatten(error.InnerException));
}
