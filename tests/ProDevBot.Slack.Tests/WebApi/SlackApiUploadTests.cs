using System.Net.Http.Headers;
using System.Text.Json;
using ProDevBot.FakeSlack;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Slack.Tests.WebApi;

public class SlackApiUploadTests
{
    private static readonly byte[] Chart = [.. Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31 % 251))];

    private static FileUpload ChartUpload(string? channel = "C2508") =>
        new("cohort-2508-week-6.png", "Cohort 2508: completion by week", Chart, channel, "Here is this week's chart.");

    [Fact]
    public async Task UploadedBytesArriveIntactAndTheFileIsSharedWithTitleChannelAndComment()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var file = await h.Api.UploadFileAsync(ChartUpload(), default);

        var upload = Assert.Single(h.Slack.Uploads);
        Assert.Equal(Chart, upload.Bytes);
        Assert.Equal(
            (file.Id, "cohort-2508-week-6.png", "Cohort 2508: completion by week", "C2508", "Here is this week's chart."),
            (upload.FileId, upload.FileName, upload.Title, upload.ChannelId, upload.InitialComment));
        Assert.Equal("Cohort 2508: completion by week", file.Title);
    }

    [Fact]
    public async Task FlowCallsTheThreeStepsInOrderAndKeepsTheTokenOffTheUploadUrl()
    {
        await using var h = await SlackApiHarness.StartAsync();

        await h.Api.UploadFileAsync(ChartUpload(), default);

        Assert.Equal(
            [SlackMethods.FilesGetUploadUrlExternal, SlackMethods.UploadUrl, SlackMethods.FilesCompleteUploadExternal],
            h.Slack.Calls.Select(c => c.Method));
        var (get, put, complete) = (h.Slack.Calls[0], h.Slack.Calls[1], h.Slack.Calls[2]);
        Assert.Equal(("cohort-2508-week-6.png", "70000"), (get.Field("filename"), get.Field("length")));
        Assert.Null(put.Token);
        Assert.Equal(SlackApiHarness.Token, complete.Token);
    }

    [Fact]
    public async Task WithoutChannelTheFileStaysPrivate()
    {
        await using var h = await SlackApiHarness.StartAsync();

        await h.Api.UploadFileAsync(ChartUpload(channel: null), default);

        Assert.Null(Assert.Single(h.Slack.Uploads).ChannelId);
    }

    [Theory]
    [InlineData("file_uploads_disabled", SlackErrorKind.Permanent)]
    [InlineData("missing_scope", SlackErrorKind.Authorization)]
    public async Task ErrorFromGetUploadUrlSurfacesWithItsKindAndStopsTheFlow(string error, SlackErrorKind kind)
    {
        await using var h = await SlackApiHarness.StartAsync(
            f => f.AddFault(new FakeSlackFault(error, SlackMethods.FilesGetUploadUrlExternal)));

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => h.Api.UploadFileAsync(ChartUpload(), default));

        Assert.Equal((SlackMethods.FilesGetUploadUrlExternal, error, kind), (ex.Method, ex.Error, ex.Kind));
        Assert.Single(h.Slack.Calls);
        Assert.Empty(h.Slack.Uploads);
    }

    [Fact]
    public async Task TransientFailureOfTheUploadUrlIsRetried()
    {
        await using var h = await SlackApiHarness.StartAsync(
            f => f.AddFault(new FakeSlackFault("", SlackMethods.UploadUrl, Times: 1, Status: 503)));

        await h.Api.UploadFileAsync(ChartUpload(), default);

        Assert.Equal([503, 200], h.Slack.CallsTo(SlackMethods.UploadUrl).Select(c => c.Status));
        Assert.Equal(Chart, Assert.Single(h.Slack.Uploads).Bytes);
    }

    [Fact]
    public async Task EmptyFileIsRefusedBeforeAnyCall()
    {
        await using var h = await SlackApiHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            h.Api.UploadFileAsync(new FileUpload("empty.png", "Empty", Array.Empty<byte>(), "C1"), default));

        Assert.Empty(h.Slack.Calls);
    }

    [Fact]
    public async Task FakeSlackRefusesToCompleteAFileWhoseBytesNeverArrived()
    {
        await using var h = await SlackApiHarness.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SlackApiHarness.Token);

        using var get = await http.PostAsync(
            new Uri(h.Slack.BaseUrl, SlackMethods.FilesGetUploadUrlExternal),
            new FormUrlEncodedContent([new("filename", "a.png"), new("length", "3")]));
        var fileId = JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement.GetProperty("file_id").GetString();
        using var complete = await http.PostAsync(
            new Uri(h.Slack.BaseUrl, SlackMethods.FilesCompleteUploadExternal),
            new FormUrlEncodedContent([new("files", $$"""[{"id":"{{fileId}}"}]""")]));
        var answer = JsonDocument.Parse(await complete.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal((false, "file_not_found"), (answer.GetProperty("ok").GetBoolean(), answer.GetProperty("error").GetString()));
        Assert.Empty(h.Slack.Uploads);
    }
}
