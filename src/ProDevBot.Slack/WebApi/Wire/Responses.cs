namespace ProDevBot.Slack.WebApi.Wire;

// Slack's answers, read tolerantly (unknown fields skipped). Every method answers ok/error/warning
// (https://api.slack.com/web#responses); the derived records add what each method returns.

internal record SlackResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    /// <summary>Comma-separated warnings such as <c>missing_charset</c>.</summary>
    public string? Warning { get; init; }

    public ResponseMetadata? ResponseMetadata { get; init; }
}

/// <summary>Paging cursor and detailed messages (https://api.slack.com/docs/pagination).</summary>
internal sealed record ResponseMetadata(string? NextCursor, IReadOnlyList<string>? Messages, IReadOnlyList<string>? Warnings);

/// <summary>https://api.slack.com/methods/chat.postMessage and chat.update</summary>
internal sealed record ChatMessageResponse(string? Channel, string? Ts) : SlackResponse;

/// <summary>https://api.slack.com/methods/chat.postEphemeral</summary>
internal sealed record ChatPostEphemeralResponse(string? MessageTs) : SlackResponse;

/// <summary>https://api.slack.com/methods/conversations.open</summary>
internal sealed record ConversationsOpenResponse(ChannelRef? Channel) : SlackResponse;

internal sealed record ChannelRef(string Id);

/// <summary>https://api.slack.com/methods/conversations.members</summary>
internal sealed record ConversationsMembersResponse(IReadOnlyList<string>? Members) : SlackResponse;

/// <summary>https://api.slack.com/methods/users.info</summary>
internal sealed record UsersInfoResponse(SlackUser? User) : SlackResponse;

/// <summary>https://api.slack.com/methods/views.open (same shape for update, push and publish)</summary>
internal sealed record ViewResponse(PublishedView? View) : SlackResponse;

/// <summary>https://api.slack.com/methods/files.getUploadURLExternal</summary>
internal sealed record FilesGetUploadUrlExternalResponse(string? UploadUrl, string? FileId) : SlackResponse;

/// <summary>https://api.slack.com/methods/files.completeUploadExternal</summary>
internal sealed record FilesCompleteUploadExternalResponse(IReadOnlyList<FileRef>? Files) : SlackResponse;

/// <summary>https://api.slack.com/methods/auth.test</summary>
internal sealed record AuthTestResponse(string? TeamId, string? UserId, string? BotId) : SlackResponse;
