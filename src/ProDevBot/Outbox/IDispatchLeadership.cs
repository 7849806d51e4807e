namespace ProDevBot.Outbox;

/// <summary>Whether this instance is the one that dispatches the outbox (the Slack rate limits are the workspace's).</summary>
public interface IDispatchLeadership
{
    bool IsLeader { get; }
}
