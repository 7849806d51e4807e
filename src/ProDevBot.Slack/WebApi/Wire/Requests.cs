using ProDevBot.Slack.Blocks;

namespace ProDevBot.Slack.WebApi.Wire;

// The JSON bodies the client sends; internal because callers use the typed methods on ISlackApi.
// Property names become snake_case through SlackJson.Options.

/// <summary>https://api.slack.com/methods/chat.postMessage</summary>
internal sealed record ChatPostMessageBody(string Channel, string Text, IReadOnlyList<Block>? Blocks, MessageMetadata? Metadata);

/// <summary>Message metadata (https://api.slack.com/metadata/using): carries the outbox idempotency key.</summary>
internal sealed record MessageMetadata(string EventType, OutboxEventPayload EventPayload);

internal sealed record OutboxEventPayload(string Key);

/// <summary>https://api.slack.com/methods/chat.postEphemeral</summary>
internal sealed record ChatPostEphemeralBody(string Channel, string User, string Text, IReadOnlyList<Block>? Blocks);

/// <summary>https://api.slack.com/methods/chat.update</summary>
internal sealed record ChatUpdateBody(string Channel, string Ts, string Text, IReadOnlyList<Block>? Blocks);

/// <summary>https://api.slack.com/methods/conversations.open</summary>
internal sealed record ConversationsOpenBody(string Users);

/// <summary>https://api.slack.com/methods/views.open and views.push</summary>
internal sealed record ViewsOpenBody(string TriggerId, SlackViewDefinition View);

/// <summary>https://api.slack.com/methods/views.update</summary>
internal sealed record ViewsUpdateBody(string ViewId, SlackViewDefinition View, string? Hash);

/// <summary>https://api.slack.com/methods/files.completeUploadExternal</summary>
internal sealed record FilesCompleteUploadExternalBody(IReadOnlyList<FileRef> Files, string? ChannelId, string? InitialComment);

internal sealed record FileRef(string Id, string? Title);

/// <summary>https://api.slack.com/methods/views.publish</summary>
internal sealed record ViewsPublishBody(string UserId, SlackViewDefinition View);
