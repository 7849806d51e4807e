using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Data;
using ProDevBot.Tests.Fakes;
using ProDevBot.Tests.Home;

namespace ProDevBot.Tests.Hosting;

/// <summary>
/// Signed but malformed payloads through the whole bot: each gets a one-line 4xx, no handler runs, nothing is stored,
/// and a well-formed payload of a type nobody handles gets Slack's harmless empty 200.
/// </summary>
public sealed class MalformedPayloadTests : IDisposable
{
    private const string Clicker = """
        "type":"block_actions","user":{"id":"USTUDENT01"},"team":{"id":"T0TEAM0001"},"trigger_id":"9.8.7",
        "container":{"type":"view","view_id":"V0HOME0001"}
        """;

    private readonly BotFactory _bot = new();
    private readonly SlackClient _slack;

    public MalformedPayloadTests() => _slack = _bot.CreateSlackClient();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("""{CLICK,"actions":null}""")]
    [InlineData("""{CLICK,"actions":[null]}""")]
    [InlineData("""{CLICK,"actions":[{"type":"button","action_id":null}]}""")]
    [InlineData("""{CLICK,"actions":[{"type":"checkboxes","action_id":"deliverable_check","block_id":"b","selected_options":[null]}]}""")]
    [InlineData("""{"type":"block_actions","user":{"id":null},"trigger_id":"9.8.7","actions":[{"type":"button","action_id":"open_log"}]}""")]
    [InlineData("""{"type":"block_actions","user":{"id":"USTUDENT01"},"trigger_id":["9.8.7"],"actions":[{"type":"button","action_id":"open_log"}]}""")]
    [InlineData("""{"type":"view_submission","user":{"id":"USTUDENT01"},"view":null}""")]
    [InlineData("""{"type":"view_submission","user":{"id":"USTUDENT01"},"view":{"id":"V1","callback_id":"network_log","state":{"values":{"contact_name":null}}}}""")]
    [InlineData("""{"type":"view_submission","user":{"id":"USTUDENT01"},"view":{"id":"V1","callback_id":"reflection","state":{"values":null}}}""")]
    public async Task MalformedInteractionGetsAFourHundredAndRunsNothing(string payload)
    {
        using var response = await _slack.SendInteractionAsync(payload.Replace("CLICK", Clicker, StringComparison.Ordinal));

        await AssertRefusedAsync(response);
        Assert.Empty(_bot.Slack.CallsTo("views.open"));
    }

    [Theory]
    [InlineData("ustudent01")]
    [InlineData("'; DROP TABLE Enrollments; --")]
    [InlineData("U")]
    [InlineData("USTUDENT01 UOTHER0001")]
    public async Task ACommandFromSomethingThatIsNotASlackUserIdIsRefusedAndNothingIsStored(string userId)
    {
        await _slack.CommandAsync("cohort add 2603 module 1 starts 2026-03-02", BotFactory.CoachId);

        var reply = await _slack.CommandAsync("join 2603", userId);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("user_id", reply.Body, StringComparison.Ordinal);
        await using var scope = _bot.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ProDevDbContext>().Enrollments.ToListAsync());
    }

    [Fact]
    public async Task AnInteractionFromSomethingThatIsNotASlackUserIdIsRefused()
    {
        using var response = await _slack.SendInteractionAsync("""
            {"type":"block_actions","user":{"id":"<script>"},"trigger_id":"9.8.7","actions":[{"type":"button","action_id":"open_log"}]}
            """);

        await AssertRefusedAsync(response);
        Assert.Empty(_bot.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task WellFormedInteractionOfAnUnknownTypeGetsAnEmptyOk()
    {
        using var response = await _slack.SendInteractionAsync("""{"type":"workflow_step_edit","user":{"id":"USTUDENT01"},"callback_id":"x"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"type":5}""")]
    [InlineData("""{"type":{"nested":true}}""")]
    [InlineData("""{"type":null}""")]
    [InlineData("""{"type":"app_home_opened","user":5,"tab":"home"}""")]
    [InlineData("""{"type":"app_home_opened","user":"USTUDENT01","tab":["home"]}""")]
    public async Task EventWithAMalformedInnerEventGetsAFourHundredAndIsNotRecorded(string inner)
    {
        var body = $$"""{"type":"event_callback","team_id":"T0TEAM0001","event_id":"Ev0BAD0001","event_time":1773248400,"event":{{inner}}}""";

        using var response = await SlackEvents.PostAsync(_slack.Http, _bot.Clock, body);

        await AssertRefusedAsync(response);
        await using var scope = _bot.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ProDevDbContext>().ProcessedEvents.ToListAsync());
        Assert.Empty(_bot.Slack.CallsTo("views.publish"));
    }

    [Fact]
    public async Task WellFormedEventOfAnUnknownTypeGetsAnEmptyOk()
    {
        var body = """{"type":"event_callback","team_id":"T0TEAM0001","event_id":"Ev0NEW0001","event_time":1773248400,"event":{"type":"brand_new_event","x":[1]}}""";

        using var response = await SlackEvents.PostAsync(_slack.Http, _bot.Clock, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var reason = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}: {reason}");
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.DoesNotContain('\n', reason.TrimEnd());
    }
}
