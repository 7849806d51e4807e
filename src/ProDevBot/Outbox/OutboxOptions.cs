using System.ComponentModel.DataAnnotations;

namespace ProDevBot.Outbox;

/// <summary>The "Outbox" section: how the dispatcher claims and retries.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Rows claimed at once; sized so a batch is sent well inside the lease at Slack's pace.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Messages in flight at once; the Slack client's limiters set the actual pace.</summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = 16;

    /// <summary>
    /// Batches in flight at once, each claimed and sent by its own loop. A batch ends with its slowest message, often
    /// one sleeping in a retry's backoff; a second loop keeps the Slack pacer busy meanwhile. Claims never overlap.
    /// </summary>
    [Range(1, 8)]
    public int Lanes { get; set; } = 2;

    /// <summary>
    /// How long a claim holds its rows without renewal; a live claimer renews it every third of it, so a dead
    /// claimer's rows are taken over at most this long (plus a poll) after it died: 30 s, inside the minute a cluster
    /// promises. Sends end a quarter of it before it does, which is also how far instances' clocks may disagree.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest one send may take, pacing included: a single HTTP attempt (the outbox, not the Slack client, owns
    /// retries). A send also ends a quarter of the lease before the lease does, so no send outlasts its claim.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts before a transiently failing message is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubles per attempt (with jitter) up to ten minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long sent, skipped and failed rows are kept (counted from when they were written) before they are deleted:
    /// they hold the full message text, and an export DM holds every reflection. Pending rows are never pruned.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan KeepFinishedFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>While Slack refuses the token, how often auth.test is asked whether it works again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an idle dispatcher looks for due rows (it is also woken by new rows).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>PostgreSQL: how often a non-leader tries to become the dispatching instance, and a leader checks it still is.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan LeaderRetry { get; set; } = TimeSpan.FromSeconds(2);
}
