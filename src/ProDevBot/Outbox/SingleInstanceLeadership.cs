namespace ProDevBot.Outbox;

/// <summary>On SQLite the bot runs as one instance, which always dispatches.</summary>
internal sealed class SingleInstanceLeadership : IDispatchLeadership
{
    public bool IsLeader => true;
}
