namespace ProDevBot.Slack.Blocks;

/// <summary>
/// A message body: the reply to a slash command, a <c>response_url</c> post, or (with a channel) chat.postMessage.
/// <see cref="Text"/> is the plain fallback shown in notifications and to screen readers.
/// </summary>
public sealed record SlackMessage(string Text, IReadOnlyList<Block>? Blocks = null)
{
    /// <summary><c>ephemeral</c> (only the caller sees it, Slack's default) or <c>in_channel</c>.</summary>
    public string ResponseType { get; init; } = "ephemeral";

    /// <summary>On a <c>response_url</c> post: true replaces the message the action came from.</summary>
    public bool? ReplaceOriginal { get; init; }

    public static SlackMessage Ephemeral(string text) => new(SlackText.Truncate(text, SlackLimits.MessageText));
}
