namespace ProDevBot.Outbox;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,

    /// <summary>Given up: a permanent Slack error, or transient errors past the attempt limit.</summary>
    Failed = 2,

    /// <summary>Not sent on purpose: it was no longer useful when its turn came (past <see cref="OutboxMessage.NotAfter"/>).</summary>
    Skipped = 3,
}
