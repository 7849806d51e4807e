using System.Threading.Channels;

namespace ProDevBot.Data.Cluster;

/// <summary>
/// Short notices from this instance to every instance of the cluster ("forget this student", "sending stopped"),
/// carried by PostgreSQL NOTIFY (<see cref="PostgreSqlClusterNotices"/>). A lone SQLite instance has no one to tell:
/// then nothing is queued. Payloads are Slack user ids (an opaque id, but personal data: PostgreSQL logs them only if
/// it logs statements), Slack error codes and method names; never a name, a text or a token.
/// </summary>
public sealed class ClusterNotices(bool shared)
{
    private readonly Channel<(string Channel, string Payload)> _outgoing =
        Channel.CreateUnbounded<(string, string)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Tells every instance, this one included, <paramref name="payload"/> on <paramref name="channel"/>.</summary>
    public void Publish(string channel, string payload)
    {
        if (shared)
        {
            _outgoing.Writer.TryWrite((channel, payload));
        }
    }

    internal ChannelReader<(string Channel, string Payload)> Outgoing => _outgoing.Reader;
}

/// <summary>What an instance does with the notices of one channel (registered with <c>AddClusterNoticeListener</c>).</summary>
public interface IClusterNoticeListener
{
    /// <summary>The NOTIFY channel: lower-case letters and underscores.</summary>
    string Channel { get; }

    void Heard(string payload);

    /// <summary>The listening connection was (re)opened: notices sent while it was down are lost.</summary>
    void MayHaveMissedSome();
}
