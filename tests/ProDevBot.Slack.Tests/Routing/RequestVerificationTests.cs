using System.Net;
using System.Text;
using ProDevBot.Slack.Tests.Fakes;
using ProDevBot.Slack.Verification;
using static ProDevBot.Slack.Tests.Fakes.SlackTestHost;

namespace ProDevBot.Slack.Tests.Routing;

/// <summary>What every Slack endpoint does before parsing: size cap and signature check.</summary>
public class RequestVerificationTests
{
    private const string FormType = "application/x-www-form-urlencoded";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(SlashCommandEndpointTests.CommandBody());

    private static async Task AssertRefused(SlackTestHost host, HttpRequestMessage request, HttpStatusCode status, string reasonPart)
    {
        var response = await host.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/plain", ContentTypeOf(response)?.MediaType);
        Assert.Contains(reasonPart, text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        Assert.Empty(host.Recorder.Calls);
    }

    [Fact]
    public async Task RejectsBadSignatureWithoutRunningHandler()
    {
        await using var host = await StartAsync();
        await AssertRefused(host, host.SignedPost("/slack/commands", Body, FormType, secret: "not-the-secret"), HttpStatusCode.Unauthorized, "Signature");
    }

    [Fact]
    public async Task RejectsRequestOlderThanFiveMinutes()
    {
        await using var host = await StartAsync();
        await AssertRefused(host, host.SignedPost("/slack/commands", Body, FormType, TimeSpan.FromSeconds(-301)), HttpStatusCode.Unauthorized, "5 minutes");
    }

    [Fact]
    public async Task RejectsRequestSignedBeforeTheClockMovedOn()
    {
        await using var host = await StartAsync();
        var request = host.SignedPost("/slack/commands", Body, FormType);
        host.Time.Advance(TimeSpan.FromMinutes(6));
        await AssertRefused(host, request, HttpStatusCode.Unauthorized, "5 minutes");
    }

    [Fact]
    public async Task RejectsMissingHeaders()
    {
        await using var host = await StartAsync();
        await AssertRefused(host, UnsignedPost("/slack/commands", Body, FormType), HttpStatusCode.Unauthorized, "Missing");
    }

    [Fact]
    public async Task AcceptsHeaderNamesInAnyCase()
    {
        await using var host = await StartAsync();
        var timestamp = host.Timestamp();
        var request = UnsignedPost("/slack/commands", Body, FormType);
        request.Headers.Add("X-SLACK-REQUEST-TIMESTAMP", timestamp);
        request.Headers.Add("x-slack-signature", SlackSignature.Compute(Secret, timestamp, Body));

        var response = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Recorder.Calls);
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactions")]
    [InlineData("/slack/events")]
    public async Task RefusesBodyOver64KilobytesWith413(string path)
    {
        await using var host = await StartAsync();
        var body = Encoding.UTF8.GetBytes(SlashCommandEndpointTests.CommandBody(text: new string('a', 64 * 1024)));
        await AssertRefused(host, host.SignedPost(path, body, FormType), HttpStatusCode.RequestEntityTooLarge, "larger than");
    }

    [Fact]
    public async Task RefusesEveryRequestNamingTheSettingWhenNoSecretIsConfigured()
    {
        await using var host = await StartAsync(secret: null);
        await AssertRefused(host, host.SignedPost("/slack/commands", Body, FormType), HttpStatusCode.Unauthorized, "Slack:SigningSecret is not configured");
        await AssertRefused(host, host.SignedPost("/slack/events", Body, "application/json", secret: "x"), HttpStatusCode.Unauthorized, "Slack:SigningSecret is not configured");
    }

    [Fact]
    public async Task NeverLogsBodyOrSignatureOnMismatch()
    {
        await using var host = await StartAsync();
        var request = host.SignedPost("/slack/commands", Body, FormType, secret: "not-the-secret");
        var sent = request.Headers.GetValues("X-Slack-Signature").Single();

        await host.SendAsync(request);

        Assert.Contains(host.Logs.Entries, e => e.Text.Contains("BadSignature", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Text.Contains(sent[3..], StringComparison.Ordinal)
            || e.Text.Contains("week 3", StringComparison.Ordinal) || e.Text.Contains("week+3", StringComparison.Ordinal)
            || e.Text.Contains("week%203", StringComparison.Ordinal) || e.Text.Contains(Secret, StringComparison.Ordinal));
    }
}
