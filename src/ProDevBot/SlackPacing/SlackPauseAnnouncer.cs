using ProDevBot.Data.Cluster;
using ProDevBot.Slack.WebApi.Pacing;

namespace ProDevBot.SlackPacing;

/// <summary>
/// Tells every instance of the cluster about a 429 this one received (method and end instant), through the cluster
/// notices: queued at once, sent by their own connection, so the call that met the 429 never waits for the database.
/// </summary>
internal sealed class SlackPauseAnnouncer(ClusterNotices notices) : ISlackPauseBroadcast
{
    public void Paused(string method, DateTimeOffset until) =>
        notices.Publish(SlackPauseNotice.Channel, new SlackPauseNotice(method, until).Format());
}
