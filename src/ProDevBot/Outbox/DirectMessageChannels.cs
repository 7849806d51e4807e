using System.Collections.Concurrent;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Outbox;

/// <summary>
/// User → DM channel from conversations.open, remembered (a user's DM channel never changes). Only the fallback
/// path needs it: DMs normally go to the user id directly (see <see cref="OutboxSender"/>).
/// </summary>
public sealed class DirectMessageChannels(ISlackApi slack)
{
    // One task per user, so messages to the same user sent side by side share one conversations.open call.
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _channels = new(StringComparer.Ordinal);

    public static bool IsUser(string id) => id.Length > 1 && (id[0] == 'U' || id[0] == 'W');

    /// <summary>A recipient of several user ids, comma-separated: a group DM, opened before posting.</summary>
    public static bool IsGroup(string recipient) => recipient.Contains(',', StringComparison.Ordinal);

    public async Task<string> OpenAsync(string userId, CancellationToken cancellationToken)
    {
        var open = _channels.GetOrAdd(userId, id => new Lazy<Task<string>>(() => IsGroup(id)
            ? slack.OpenGroupMessageAsync(id.Split(','), CancellationToken.None)
            : slack.OpenDirectMessageAsync(id, CancellationToken.None)));
        try
        {
            return await open.Value.WaitAsync(cancellationToken);
        }
        catch (SlackApiException)
        {
            _channels.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(userId, open)); // a failure is not remembered
            throw;
        }
    }
}
