using System.Globalization;
using System.Net.Http.Headers;
using ProDevBot.Slack.WebApi.Wire;

namespace ProDevBot.Slack.WebApi;

// Slack's external upload flow (https://api.slack.com/messaging/files#uploading_files), which replaced files.upload.
public sealed partial class SlackApiClient
{
    public async Task<UploadedFile> UploadFileAsync(FileUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentException.ThrowIfNullOrWhiteSpace(upload.FileName);

        // Slack answers missing_argument to a zero length; say so before spending a call.
        if (upload.Bytes.IsEmpty)
        {
            throw new ArgumentException("A file to upload needs at least one byte.", nameof(upload));
        }

        // files.getUploadURLExternal documents form encoding only.
        var target = await CallAsync<FilesGetUploadUrlExternalResponse>(
            SlackMethods.FilesGetUploadUrlExternal,
            null,
            () => new FormUrlEncodedContent(
            [
                new("filename", upload.FileName),
                new("length", upload.Bytes.Length.ToString(CultureInfo.InvariantCulture)),
            ]),
            cancellationToken);
        if (target.FileId is not { Length: > 0 } fileId
            || !Uri.TryCreate(target.UploadUrl, UriKind.Absolute, out var uploadUrl) || !IsSlackCallbackUrl(uploadUrl))
        {
            throw Malformed(SlackMethods.FilesGetUploadUrlExternal);
        }

        // Raw bytes as the body (Slack also takes multipart); the URL is the credential, so no bearer token.
        await _pipeline.ExecuteAsync<bool>(
            SlackMethods.UploadUrl,
            null,
            null,
            async token =>
            {
                var content = new ReadOnlyMemoryContent(upload.Bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                await _transport.PostUploadAsync(uploadUrl, content, token);
                return true;
            },
            cancellationToken);

        var body = new FilesCompleteUploadExternalBody([new FileRef(fileId, upload.Title)], upload.ChannelId, upload.InitialComment);
        var completed = await CallAsync<FilesCompleteUploadExternalResponse>(
            SlackMethods.FilesCompleteUploadExternal, null, () => SlackHttpTransport.Json(body), cancellationToken);
        var file = completed.Files is { Count: > 0 } files ? files.FirstOrDefault(f => f.Id == fileId) ?? files[0] : null;
        return file is null ? new UploadedFile(fileId, upload.Title) : new UploadedFile(file.Id, file.Title);
    }
}
