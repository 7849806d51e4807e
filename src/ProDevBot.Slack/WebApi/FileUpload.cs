namespace ProDevBot.Slack.WebApi;

/// <summary>
/// A file to share through Slack's external upload flow
/// (https://api.slack.com/messaging/files#uploading_files): <see cref="FileName"/> with its extension (Slack guesses
/// the type from it), the <see cref="Title"/> shown above it, the bytes, and where to share it with what comment.
/// A null <see cref="ChannelId"/> leaves the file private to the bot.
/// </summary>
public sealed record FileUpload(string FileName, string Title, ReadOnlyMemory<byte> Bytes, string? ChannelId, string? InitialComment = null);
