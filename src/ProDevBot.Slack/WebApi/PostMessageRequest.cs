using ProDevBot.Slack.Blocks;

namespace ProDevBot.Slack.WebApi;

/// <summary>
/// A chat.postMessage call (https://api.slack.com/methods/chat.postMessage).
/// <see cref="IdempotencyKey"/> travels as message metadata, so a duplicate can be recognised afterwards.
/// </summary>
public sealed record PostMessageRequest(string Channel, SlackMessage Message)
{
    public string? IdempotencyKey { get; init; }
}
