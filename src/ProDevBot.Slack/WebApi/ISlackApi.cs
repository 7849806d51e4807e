using ProDevBot.Slack.Blocks;

namespace ProDevBot.Slack.WebApi;

/// <summary>
/// The Slack Web API methods the bot uses (https://api.slack.com/methods). Implementations pace calls under
/// Slack's per-method limits, retry transient failures a bounded number of times, and throw
/// <see cref="SlackApiException"/> for anything Slack refused.
/// </summary>
public interface ISlackApi
{
    /// <summary>auth.test: who the bot's token belongs to; throws an Authorization <see cref="SlackApiException"/> while it is refused.</summary>
    Task<BotIdentity> TestAuthAsync(CancellationToken cancellationToken);

    /// <summary>chat.postMessage: returns the channel and the message's <c>ts</c>.</summary>
    Task<PostedMessage> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken);

    /// <summary>conversations.open with one user: the id of the bot's DM channel with them.</summary>
    Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// conversations.open with 2–8 users: the id of the multi-person DM of them and the bot. Slack answers the same
    /// conversation for the same people, so opening again is harmless.
    /// </summary>
    Task<string> OpenGroupMessageAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken);

    /// <summary>chat.postEphemeral: returns the ephemeral message's <c>message_ts</c>.</summary>
    Task<string> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken cancellationToken);

    /// <summary>chat.update: returns the channel and <c>ts</c> of the updated message.</summary>
    Task<PostedMessage> UpdateMessageAsync(UpdateMessageRequest request, CancellationToken cancellationToken);

    /// <summary>conversations.members: every member's user id, fetched page by page as the caller reads.</summary>
    IAsyncEnumerable<string> GetChannelMembersAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>users.info.</summary>
    Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>users.info within <paramref name="budget"/>: for a lookup a person is waiting on, not paced behind background reads.</summary>
    Task<SlackUser> GetUserAsync(string userId, SlackCallBudget budget, CancellationToken cancellationToken);

    // The view methods answer a person, so each takes a budget (usually SlackCallBudget.ForRequest(payload.ReceivedAt)):
    // not paced behind other calls, never retried past the deadline, a 429 that outlasts it fails at once.

    /// <summary>views.open: opens a modal; the <paramref name="triggerId"/> expires 3 s after the user's action.</summary>
    Task<PublishedView> OpenViewAsync(string triggerId, SlackViewDefinition view, SlackCallBudget budget, CancellationToken cancellationToken);

    /// <summary>views.push: stacks a modal on the open one.</summary>
    Task<PublishedView> PushViewAsync(string triggerId, SlackViewDefinition view, SlackCallBudget budget, CancellationToken cancellationToken);

    /// <summary>views.update by Slack's view id; <paramref name="hash"/> (optional) makes Slack refuse a stale update.</summary>
    Task<PublishedView> UpdateViewAsync(string viewId, SlackViewDefinition view, string? hash, SlackCallBudget budget, CancellationToken cancellationToken);

    /// <summary>views.publish: sets <paramref name="userId"/>'s Home tab.</summary>
    Task<PublishedView> PublishHomeAsync(string userId, SlackViewDefinition view, SlackCallBudget budget, CancellationToken cancellationToken);

    /// <summary>
    /// Shares a file: files.getUploadURLExternal, the bytes posted to the upload_url it gave (no bot token), then
    /// files.completeUploadExternal into <see cref="FileUpload.ChannelId"/>. Each step is paced and retried on its own.
    /// </summary>
    Task<UploadedFile> UploadFileAsync(FileUpload upload, CancellationToken cancellationToken);

    /// <summary>
    /// Posts to a <c>response_url</c> Slack gave with a command or action; no bot token goes with it. Limited per URL
    /// (5 posts in 30 minutes, a 6th fails with <c>response_url_used_up</c> unsent), never paced bot-wide.
    /// </summary>
    Task PostToResponseUrlAsync(Uri responseUrl, SlackMessage message, CancellationToken cancellationToken);
}
