namespace ProDevBot.FakeSlack;

/// <summary>
/// A file shared through files.completeUploadExternal: its id, the file name given to files.getUploadURLExternal,
/// the bytes posted to its upload_url, and the title, channel and comment it was shared with.
/// </summary>
public sealed record FakeSlackUpload(string FileId, string FileName, byte[] Bytes, string? Title, string? ChannelId, string? InitialComment);
