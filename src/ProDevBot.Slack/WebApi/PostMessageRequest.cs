using ProDevBot.Slack.Blocks;

namespace ProDevBot.Slack.WebApi;

/// <summary>
/// A chat.postMessage call (https://api.slack.com/methods/chat.postMessage).
/// <see cref="IdempotencyKey"/> travels as message metadata, so a duplicate can be recognised afterwards.
/// </summary>
public sealed record PostMessageRequest(string Channel, SlackMessage Message)
{
    public string? IdempotencyKey { get; init; }

    /// <summary>When set, the call keeps to this deadline and number of attempts instead of the client's retries.</summary>
    public SlackCallBudget? Budget { get; init; }
}
