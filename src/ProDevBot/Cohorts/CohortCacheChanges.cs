using System.Threading.Channels;

namespace ProDevBot.Cohorts;

/// <summary>
/// Enrollment changes this instance made, waiting to be told to the other instances (PostgreSQL only: a lone SQLite
/// instance has no one to tell, and then nothing is queued). <see cref="All"/> stands for "forget every student".
/// </summary>
public sealed class CohortCacheChanges(bool shared)
{
    public const string All = "*";

    private readonly Channel<string> _pending = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Publish(string studentId)
    {
        if (shared)
        {
            _pending.Writer.TryWrite(studentId);
        }
    }

    public ChannelReader<string> Pending => _pending.Reader;
}
