using System.Net;
using ProDevBot.Tests.Fakes;

namespace ProDevBot.Tests.Hosting;

/// <summary>The bot's whole pipeline refuses anything Slack did not sign, and nothing changes when it does.</summary>
public sealed class SignedRequestTests : IDisposable
{
    private const string CreateCohort = "cohort add 2603 module 1 starts 2026-03-02";
    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public SignedRequestTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    private Task<HttpResponseMessage> Post(long? timestamp = null, string? secret = null, bool sign = true) =>
        _slack.PostAsync("/slack/commands", SlackClient.FormBody(CreateCohort, BotFactory.CoachId),
            "application/x-www-form-urlencoded", timestamp, secret, sign);

    private async Task AssertNoCohortWasCreated()
    {
        var listed = await _slack.CommandAsync("cohort list", BotFactory.CoachId);
        Assert.Contains("There are no cohorts yet", listed.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectsARequestSignedWithAnotherSecret()
    {
        using var response = await Post(secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoCohortWasCreated();
    }

    [Fact]
    public async Task RejectsARequestOlderThanFiveMinutes()
    {
        using var response = await Post(timestamp: _bot.Clock.GetUtcNow().ToUnixTimeSeconds() - 301);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoCohortWasCreated();
    }

    [Fact]
    public async Task RejectsARequestFromMoreThanFiveMinutesAhead()
    {
        using var response = await Post(timestamp: _bot.Clock.GetUtcNow().ToUnixTimeSeconds() + 301);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoCohortWasCreated();
    }

    [Fact]
    public async Task RejectsAnUnsignedRequest()
    {
        using var response = await Post(sign: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoCohortWasCreated();
    }

    [Fact]
    public async Task AcceptsARequestSignedFourMinutesAgo()
    {
        using var response = await Post(timestamp: _bot.Clock.GetUtcNow().ToUnixTimeSeconds() - 240);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Created cohort", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedFormBodyGetsAFourHundredWithAReason()
    {
        using var response = await _slack.PostAsync("/slack/commands", "team_id=T1&user_id=%ZZ&command=/prodev", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.DoesNotContain('\n', reason.TrimEnd());
    }

    [Fact]
    public async Task WrongContentTypeIsRefusedWithoutAFiveHundred()
    {
        using var response = await _slack.PostAsync("/slack/commands", "{\"text\":\"week\"}", "application/json");

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task HealthIsOkWhenDatabaseAndCurriculumAreUsable()
    {
        using var response = await _slack.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
