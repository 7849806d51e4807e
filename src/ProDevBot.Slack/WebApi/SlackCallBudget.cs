namespace ProDevBot.Slack.WebApi;

/// <summary>
/// How one Web API call may be made when its caller cannot wait indefinitely: by when it must be done, whether it
/// queues behind its method's pacer, and how many HTTP attempts it may make. No attempt is started or waited for
/// past <see cref="Deadline"/>; a miss is a transient <see cref="SlackApiException"/> with error
/// <c>deadline_exceeded</c>, and a 429 whose Retry-After ends past it fails at once with <c>ratelimited</c>.
/// </summary>
public sealed record SlackCallBudget(DateTimeOffset Deadline, bool Paced, int MaxAttempts)
{
    /// <summary>A trigger_id lives 3 s, and Slack wants its request acknowledged within 3 s.</summary>
    public static readonly TimeSpan AckWindow = TimeSpan.FromSeconds(3);

    /// <summary>Kept back from <see cref="AckWindow"/> so the answer (e.g. "Slack is busy") still reaches Slack in time.</summary>
    public static readonly TimeSpan AnswerMargin = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// A call a person is waiting on (views.open after a command, views.publish on a Home-tab open), made while
    /// answering a Slack request that arrived at <paramref name="receivedAt"/>. Not paced: Slack lets such calls
    /// burst, and a class acting at once must all get their modal inside the trigger's life. Retried only while
    /// time is left.
    /// </summary>
    public static SlackCallBudget ForRequest(DateTimeOffset receivedAt) =>
        new(receivedAt + AckWindow - AnswerMargin, Paced: false, MaxAttempts: 3);

    /// <summary>One paced attempt, done by <paramref name="deadline"/>: for a caller that owns retries itself (the outbox).</summary>
    public static SlackCallBudget SingleAttempt(DateTimeOffset deadline) => new(deadline, Paced: true, MaxAttempts: 1);
}
