using System.Net;
using ProDevBot.Slack.Payloads;
using static ProDevBot.Slack.Tests.Fakes.SlackTestHost;

namespace ProDevBot.Slack.Tests.Routing;

public class InteractionEndpointTests
{
    private const string FormType = "application/x-www-form-urlencoded";

    private const string BlockActions = """
        {"type":"block_actions","user":{"id":"U1","username":"ada","team_id":"T1"},"team":{"id":"T1","domain":"acme"},
         "api_app_id":"A1","trigger_id":"123.456.abc","response_url":"https://hooks.slack.com/actions/T1/1/x",
         "container":{"type":"message","message_ts":"1700000000.000100","channel_id":"C1","is_ephemeral":true},
         "actions":[{"type":"static_select","action_id":"pick_week","block_id":"b1","action_ts":"1700000001.1",
                     "selected_option":{"text":{"type":"plain_text","text":"Week 3"},"value":"3"}},
                    {"type":"button","action_id":"done","block_id":"b2","value":"d-7","action_ts":"1700000001.2"}],
         "brand_new_field":{"slack":"adds these"}}
        """;

    private const string ViewSubmission = """
        {"type":"view_submission","user":{"id":"U1"},"team":{"id":"T1"},"api_app_id":"A1",
         "view":{"id":"V1","type":"modal","callback_id":"reflection","private_metadata":"week=3","hash":"h",
                 "state":{"values":{"reflection_block":{"reflection_text":{"type":"plain_text_input","value":"Learned a lot"}},
                                    "date_block":{"due":{"type":"datepicker","selected_date":null}}}}}}
        """;

    [Fact]
    public async Task ParsesBlockActionsAndDispatchesToHandler()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/interactions", Form(("payload", BlockActions)), FormType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payload = Assert.IsType<BlockActionsPayload>(Assert.Single(host.Recorder.Calls));
        Assert.Equal(("U1", "T1", "123.456.abc", "A1"), (payload.User?.Id, payload.Team?.Id, payload.TriggerId, payload.ApiAppId));
        Assert.Equal("3", payload.Actions[0].SelectedOption?.Value);
        Assert.Equal(("button", "done", "d-7"), (payload.Actions[1].Type, payload.Actions[1].ActionId, payload.Actions[1].Value));
        Assert.Equal(("message", "C1"), (payload.Container?.Type, payload.Container?.ChannelId));
    }

    [Fact]
    public async Task ParsesViewSubmissionStateValues()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/interactions", Form(("payload", ViewSubmission)), "application/x-www-form-urlencoded; charset=utf-8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payload = Assert.IsType<ViewSubmissionPayload>(Assert.Single(host.Recorder.Calls));
        Assert.Equal(("reflection", "week=3"), (payload.View.CallbackId, payload.View.PrivateMetadata));
        var values = payload.View.State!.Values;
        Assert.Equal("Learned a lot", values["reflection_block"]["reflection_text"].GetProperty("value").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, values["date_block"]["due"].GetProperty("selected_date").ValueKind);
    }

    [Fact]
    public async Task AnswersUnclaimedUnknownTypeWithEmpty200()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/interactions",
            Form(("payload", """{"type":"shortcut","callback_id":"x","user":{"id":"U1"}}""")), FormType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Recorder.Calls);
    }

    [Theory]
    [InlineData("token=x")]
    [InlineData("payload=%7Bnot+json")]
    [InlineData("payload=%5B1%2C2%5D")]
    [InlineData("payload=%7B%22type%22%3A%22view_submission%22%7D")]
    [InlineData("payload=" + """{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","state":{"values":{"b":{"a":{"value":"\ud800"}}}}}}""")]
    [InlineData("payload=" + """{"type":"shortcut","callback_id":"\udfff","user":{"id":"U1"}}""")]
    [InlineData("payload=" + """{"type":"block_actions","user":{"id":"U1"},"actions":null}""")]
    [InlineData("payload=" + """{"type":"block_actions","user":{"id":"U1"},"actions":[null]}""")]
    public async Task RefusesMissingOrInvalidPayloadWith400(string body)
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/interactions", body, FormType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain('\n', await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task RefusesJsonContentTypeWith415()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/interactions", BlockActions, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
