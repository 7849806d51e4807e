using System.Collections.Concurrent;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Outbox;

/// <summary>
/// User → DM channel from conversations.open, remembered (a user's DM channel never changes). Only the fallback
/// path needs it: DMs normally go to the user id directly (see <see cref="OutboxSender"/>).
/// </summary>
public sealed class DirectMessageChannels(ISlackApi slack)
{
    private readonly ConcurrentDictionary<string, string> _channels = new(StringComparer.Ordinal);

    public static bool IsUser(string id) => id.Length > 1 && (id[0] == 'U' || id[0] == 'W');

    public async Task<string> OpenAsync(string userId, CancellationToken cancellationToken)
    {
        if (_channels.TryGetValue(userId, out var channel))
        {
            return channel;
        }

        channel = await slack.OpenDirectMessageAsync(userId, cancellationToken);
        _channels[userId] = channel;
        return channel;
    }
}
