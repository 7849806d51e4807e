using System.Text.Json;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Slack.Tests.WebApi;

public class SlackApiMethodTests
{
    [Fact]
    public async Task PostMessageCarriesIdempotencyKeyAsMetadataAndBearerToken()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var posted = await h.Api.PostMessageAsync(new PostMessageRequest("C9", new SlackMessage("hi")) { IdempotencyKey = "nudge:U1:w3" }, default);

        var call = h.Slack.Calls.Single();
        Assert.Equal(("C9", SlackApiHarness.Token, "nudge:U1:w3"), (posted.Channel, call.Token, call.IdempotencyKey));
        Assert.Equal(SlackApiHarness.IdempotencyEventType, call.Body.GetProperty("metadata").GetProperty("event_type").GetString());
        Assert.False(string.IsNullOrEmpty(posted.Ts));
    }

    [Fact]
    public async Task ConversationsMembersPagesThroughEveryPage()
    {
        var roster = Enumerable.Range(1, 450).Select(i => $"U{i:D4}").ToArray();
        await using var h = await SlackApiHarness.StartAsync(f => f.Roster = roster);

        var members = new List<string>();
        await foreach (var member in h.Api.GetChannelMembersAsync("C1", default))
        {
            members.Add(member);
        }

        Assert.Equal(roster, members);
        Assert.Equal([null, "200", "400"], h.Slack.Calls.Select(c => c.Field("cursor")));
    }

    [Fact]
    public async Task ResponseUrlPostCarriesTheMessageAndNoToken()
    {
        await using var h = await SlackApiHarness.StartAsync();

        await h.Api.PostToResponseUrlAsync(h.Slack.ResponseUrl("abc"), new SlackMessage("done") { ResponseType = "in_channel" }, default);

        var call = h.Slack.Calls.Single();
        Assert.Equal(("response_url", null, "done", "in_channel"), (call.Method, call.Token, call.Field("text"), call.Field("response_type")));
    }

    [Fact]
    public async Task ResponseUrlMustBeAbsoluteHttps()
    {
        await using var h = await SlackApiHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            h.Api.PostToResponseUrlAsync(new Uri("http://hooks.example.com/x"), new SlackMessage("x"), default));
    }

    [Fact]
    public async Task UsersInfoEphemeralUpdateAndViewsAnswerTypedResults()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var user = await h.Api.GetUserAsync("U7", default);
        var ephemeralTs = await h.Api.PostEphemeralAsync(new PostEphemeralRequest("C1", "U7", new SlackMessage("psst")), default);
        var updated = await h.Api.UpdateMessageAsync(new UpdateMessageRequest("C1", "1.000001", new SlackMessage("edited")), default);
        var home = await h.Api.PublishHomeAsync("U7", SlackViewDefinition.Home([new DividerBlock()]) with { ExternalId = "home-U7" }, h.ForRequestNow(), default);
        var pushed = await h.Api.PushViewAsync("t2", SlackViewDefinition.Modal("Step 2", [new DividerBlock()], "step2"), h.ForRequestNow(), default);
        var again = await h.Api.UpdateViewAsync(home.Id, SlackViewDefinition.Home([]), home.Hash, h.ForRequestNow(), default);

        Assert.Equal(new SlackUser("U7", false, false, "America/Denver", "Fake U7"), user);
        Assert.False(string.IsNullOrEmpty(ephemeralTs));
        Assert.Equal(new PostedMessage("C1", "1.000001"), updated);
        Assert.Equal(("home-U7", home.Id), (home.ExternalId, again.Id));
        Assert.NotEqual(home.Id, pushed.Id);
    }

    [Fact]
    public async Task ViewsOpenSendsTheViewWithTruncatedTitle()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var view = SlackViewDefinition.Modal("A title far longer than twenty-four", [new DividerBlock()], "reflect") with
        {
            Submit = new PlainText("Save"),
            PrivateMetadata = "{\"week\":3}",
        };

        var opened = await h.Api.OpenViewAsync("trigger-1", view, h.ForRequestNow(), default);

        var sent = h.Slack.Calls.Single().Body;
        Assert.Equal("trigger-1", sent.GetProperty("trigger_id").GetString());
        var title = sent.GetProperty("view").GetProperty("title");
        Assert.Equal(("plain_text", 24), (title.GetProperty("type").GetString(), title.GetProperty("text").GetString()!.Length));
        Assert.Equal("reflect", sent.GetProperty("view").GetProperty("callback_id").GetString());
        Assert.Equal(JsonValueKind.String, sent.GetProperty("view").GetProperty("private_metadata").ValueKind);
        Assert.StartsWith("V", opened.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenNeverAppearsInLogsOrExceptions()
    {
        await using var h = await SlackApiHarness.StartAsync(f =>
        {
            f.AddFault(new FakeSlackFault("mystery_error", SlackMethods.UsersInfo));
            f.AddFault(new FakeSlackFault("ratelimited", SlackMethods.PostMessage, Times: 1, Status: 429));
            f.AddFault(new FakeSlackFault("service_unavailable", SlackMethods.ConversationsOpen));
            f.AddFault(new FakeSlackFault("token_revoked", SlackMethods.PostEphemeral));
        });
        h.Slack.Settings.OmitRetryAfter = true;

        var failures = new List<Exception>
        {
            await Assert.ThrowsAsync<SlackApiException>(() => h.Api.GetUserAsync("U1", default)),
            await Assert.ThrowsAsync<SlackApiException>(() => h.Api.OpenDirectMessageAsync("U1", default)),
            await Assert.ThrowsAsync<SlackApiException>(() => h.Api.PostEphemeralAsync(new PostEphemeralRequest("C1", "U1", new SlackMessage("x")), default)),
        };
        await h.Api.PostMessageAsync(new PostMessageRequest("C1", new SlackMessage("hi")), default);

        Assert.NotEmpty(h.Logs.Entries);
        Assert.DoesNotContain(h.Logs.Entries, e => e.Text.Contains(SlackApiHarness.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(failures, e => e.ToString().Contains(SlackApiHarness.Token, StringComparison.Ordinal));
    }
}
