using ProDevBot.Slack.Blocks;

namespace ProDevBot.Outbox;

/// <summary>What a feature asks the outbox to send. <paramref name="Key"/> makes a repeated request a no-op.</summary>
public sealed record OutboxEnvelope(string Key, string Kind, string Recipient, SlackMessage Message)
{
    /// <summary>Not before this instant (default: now).</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Skip rather than send after this instant.</summary>
    public DateTimeOffset? NotAfter { get; init; }
}
