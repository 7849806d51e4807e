namespace ProDevBot.Slack.WebApi;

/// <summary>
/// A file Slack accepted through files.completeUploadExternal
/// (https://api.slack.com/methods/files.completeUploadExternal): its <c>F…</c> id and title.
/// </summary>
public sealed record UploadedFile(string Id, string? Title);
