using System.Collections.Concurrent;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Outbox;

/// <summary>User → DM channel, from conversations.open, remembered: a user's DM channel never changes.</summary>
public sealed class DirectMessageChannels(ISlackApi slack)
{
    private readonly ConcurrentDictionary<string, string> _channels = new(StringComparer.Ordinal);

    /// <summary>The channel to post to: a user id becomes their DM channel; a channel id stays as it is.</summary>
    public async Task<string> ResolveAsync(string recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (!IsUser(recipient))
        {
            return recipient;
        }

        if (_channels.TryGetValue(recipient, out var channel))
        {
            return channel;
        }

        channel = await slack.OpenDirectMessageAsync(recipient, cancellationToken);
        _channels[recipient] = channel;
        return channel;
    }

    private static bool IsUser(string id) => id.Length > 1 && (id[0] == 'U' || id[0] == 'W');
}
