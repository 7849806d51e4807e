namespace ProDevBot.Outbox;

/// <summary>
/// A message the bot sends on its own initiative, written down before it is sent. <see cref="Key"/> is unique
/// (kind, recipient, occurrence), so asking twice to send the same thing stores it once.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The message metadata event type under which <see cref="Key"/> travels to Slack (see AddSlackWebApi).</summary>
    public const string MetadataEventType = "prodevbot_outbox";

    public long Id { get; init; }

    /// <summary>Idempotency key, e.g. <c>kickoff:2603:U123:2026-03-09</c>.</summary>
    public required string Key { get; init; }

    /// <summary>What sort of message (kickoff, group, deadline, confirmation…), for reports and skips.</summary>
    public required string Kind { get; init; }

    /// <summary>A user id (sent as a DM) or a channel id.</summary>
    public required string Recipient { get; init; }

    /// <summary>The <see cref="Slack.Blocks.SlackMessage"/> as Slack JSON.</summary>
    public required string Payload { get; init; }

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>After this instant the message is no longer useful and is skipped instead of sent late.</summary>
    public DateTimeOffset? NotAfter { get; init; }

    /// <summary>Which claim holds the row; with <see cref="LeaseUntil"/>, lets a crashed claimer's rows be taken over.</summary>
    public string? LeaseToken { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? SlackChannel { get; set; }
    public string? SlackTs { get; set; }
}
