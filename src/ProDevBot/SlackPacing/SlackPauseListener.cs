using ProDevBot.Data.Cluster;
using ProDevBot.Slack.WebApi.Pacing;

namespace ProDevBot.SlackPacing;

/// <summary>
/// Holds a method back on this instance until the instant another instance's 429 named. Our own notices come back too;
/// <see cref="SlackMethodPauses.PauseUntil"/> ignores a pause no later than the one it knows.
/// </summary>
internal sealed class SlackPauseListener(SlackMethodPauses pauses, ILogger<SlackPauseListener> logger) : IClusterNoticeListener
{
    public string Channel => SlackPauseNotice.Channel;

    public void Heard(string payload)
    {
        if (SlackPauseNotice.TryParse(payload, out var notice))
        {
            pauses.PauseUntil(notice.Method, notice.Until);
        }
        else
        {
            logger.LogDebug("Ignored a malformed Slack pause notice");
        }
    }

    public void MayHaveMissedSome()
    {
        // Nothing to forget: a pause missed while the listener was down costs at most one 429 of this instance's own.
    }
}
