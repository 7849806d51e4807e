namespace ProDevBot.Slack.WebApi;

/// <summary>
/// The Slack Web API methods ProDevBot uses (https://api.slack.com/methods). Implementations pace calls under
/// Slack's per-method limits, retry transient failures a bounded number of times, and throw
/// <see cref="SlackApiException"/> for anything Slack refused.
/// </summary>
public interface ISlackApi
{
    /// <summary>chat.postMessage: returns the channel and the message's <c>ts</c>.</summary>
    Task<PostedMessage> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken);

    /// <summary>conversations.open with one user: the id of the bot's DM channel with them.</summary>
    Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken);
}
