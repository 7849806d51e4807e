using System.Net;
using System.Text;
using System.Text.Json;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Tests.Fakes;
using static ProDevBot.Slack.Tests.Fakes.SlackTestHost;

namespace ProDevBot.Slack.Tests.Routing;

public class SlashCommandEndpointTests
{
    private const string FormType = "application/x-www-form-urlencoded";

    internal static string CommandBody(string command = "/prodev", string text = "week 3", string? omit = null) =>
        Form(new (string, string)[]
        {
            ("token", "deprecated"), ("team_id", "T1"), ("team_domain", "acme"), ("channel_id", "C1"), ("channel_name", "general"),
            ("user_id", "U1"), ("user_name", "ada"), ("command", command), ("text", text),
            ("response_url", "https://hooks.slack.com/commands/T1/1/x"), ("trigger_id", "13345224609.738474920.8088930838d88f008e0"),
            ("api_app_id", "A1"), ("is_enterprise_install", "false"),
        }.Where(f => f.Item1 != omit).ToArray());

    [Fact]
    public async Task AnswersSignedCommandWithHandlersReplyAsJson()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/commands", CommandBody(text: "hello & welcome"), FormType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", ContentTypeOf(response)?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("You said: hello & welcome", json.RootElement.GetProperty("text").GetString());
        Assert.Equal("ephemeral", json.RootElement.GetProperty("response_type").GetString());
        var command = Assert.IsType<SlashCommand>(Assert.Single(host.Recorder.Calls));
        Assert.Equal(("T1", "C1", "U1", "/prodev", "A1"), (command.TeamId, command.ChannelId, command.UserId, command.Command, command.ApiAppId));
        Assert.False(command.IsEnterpriseInstall);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded; charset=utf-8")]
    [InlineData("Application/X-WWW-Form-UrlEncoded; Charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded;charset=\"utf-8\"")]
    public async Task AcceptsFormContentTypeWithCharset(string contentType)
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/commands", CommandBody(), contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Recorder.Calls);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded; charset=iso-8859-1")]
    public async Task RefusesOtherContentTypesWith415(string contentType)
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/commands", CommandBody(), contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.DoesNotContain('\n', await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Recorder.Calls);
    }

    [Theory]
    [InlineData("user_id")]
    [InlineData("team_id")]
    [InlineData("channel_id")]
    [InlineData("command")]
    public async Task RefusesCommandMissingARequiredFieldNamingIt(string field)
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/commands", CommandBody(omit: field), FormType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task RefusesBodyThatIsNotUtf8With400()
    {
        await using var host = await StartAsync();
        byte[] body = [.. System.Text.Encoding.UTF8.GetBytes(CommandBody() + "&text2="), 0xC3, 0x28];

        var response = await host.SendAsync(host.SignedPost("/slack/commands", body, FormType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task AnswersSslCheckWithEmpty200AndRunsNoHandler()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/commands", Form(("ssl_check", "1"), ("token", "x"), ("command", "/prodev")), FormType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task AnswersAnUnsignedSslCheckWithEmpty200BeforeVerification()
    {
        // Slack may send its certificate check without a signature; it must not count as a failed request.
        await using var host = await StartAsync();

        var response = await host.SendAsync(UnsignedPost("/slack/commands", Encoding.UTF8.GetBytes(Form(("ssl_check", "1"), ("token", "x"))), FormType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Recorder.Calls);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Text.Contains("Refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnSslCheckNeverRunsTheCommandItCarries()
    {
        await using var host = await StartAsync();
        var body = Encoding.UTF8.GetBytes(CommandBody() + "&ssl_check=1");

        var response = await host.SendAsync(UnsignedPost("/slack/commands", body, FormType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task AnUnsignedRequestWithoutSslCheckIsStillRefused()
    {
        await using var host = await StartAsync();
        var body = Encoding.UTF8.GetBytes(CommandBody() + "&ssl_check=0");

        var response = await host.SendAsync(UnsignedPost("/slack/commands", body, FormType));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task AnswersUnknownCommandWithEphemeralNote()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/commands", CommandBody(command: "/nope"), FormType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unknown command /nope", json.RootElement.GetProperty("text").GetString());
        Assert.Equal("ephemeral", json.RootElement.GetProperty("response_type").GetString());
    }

    [Fact]
    public async Task AnswersFailingHandlerWithApologyAndLeaksNothing()
    {
        await using var host = await StartAsync();

        var response = await host.SendAsync(host.SignedPost("/slack/commands", CommandBody(command: "/boom", text: "private words"), FormType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        // The failure is logged with its exception, but the user's text is not.
        Assert.Contains(host.Logs.Entries, e => e.Text.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Text.Contains("private words", StringComparison.Ordinal));
    }
}
