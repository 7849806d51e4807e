using ProDevBot.Data.Cluster;

namespace ProDevBot.Outbox;

/// <summary>
/// Whether the bot can send to Slack: stopped when Slack refuses the token itself, resumed by
/// <see cref="SlackDeliveryProbe"/> once auth.test accepts it again. The token is the workspace's, so on a cluster a
/// stop or resume on one instance is told to all (<see cref="ClusterNotices"/>): every instance's health says so,
/// and a new dispatching leader does not spend a send to learn it again.
/// </summary>
public sealed class SlackDeliveryState(ClusterNotices? notices = null)
{
    public const string NoticeChannel = "prodevbot_slack_delivery";

    private const string Resumed = "resumed";
    private const string StoppedPrefix = "stopped:";

    private volatile string? _problem;

    /// <summary>Why sending stopped (e.g. "token_revoked"), or null while it works.</summary>
    public string? Problem => _problem;

    /// <returns>True for the call that stopped it (the others of a batch find it stopped already).</returns>
    public bool Stop(string problem)
    {
        var first = StopLocal(problem);
        if (first)
        {
            notices?.Publish(NoticeChannel, StoppedPrefix + problem);
        }

        return first;
    }

    public void Resume()
    {
        _problem = null;
        notices?.Publish(NoticeChannel, Resumed);
    }

    internal bool StopLocal(string problem) => Interlocked.Exchange(ref _problem, problem) is null;

    /// <returns>True when this instance was stopped until now.</returns>
    internal bool ResumeLocal() => Interlocked.Exchange(ref _problem, null) is not null;

    /// <summary>Applies another instance's notice (one this version does not know is ignored).</summary>
    internal void Apply(string payload, Action resumed)
    {
        if (payload.StartsWith(StoppedPrefix, StringComparison.Ordinal) && payload.Length > StoppedPrefix.Length)
        {
            StopLocal(payload[StoppedPrefix.Length..]);
        }
        else if (payload == Resumed && ResumeLocal())
        {
            resumed();
        }
    }
}

/// <summary>Another instance's stop or resume of sending, applied here; a resume wakes this instance's outbox.</summary>
internal sealed class SlackDeliveryNotices(SlackDeliveryState state, OutboxSignal signal) : IClusterNoticeListener
{
    public string Channel => SlackDeliveryState.NoticeChannel;

    public void Heard(string payload) => state.Apply(payload, signal.Notify);

    public void MayHaveMissedSome()
    {
        // A missed stop costs one refused send on a new leader, which stops it again; a missed resume is found by this
        // instance's own probe within Outbox:ProbeInterval. Nothing to undo here.
    }
}
