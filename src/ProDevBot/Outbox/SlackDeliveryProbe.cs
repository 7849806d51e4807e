using Microsoft.Extensions.Options;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Outbox;

/// <summary>
/// While sending is stopped, asks Slack's auth.test every <see cref="OutboxOptions.ProbeInterval"/> whether the token
/// works again (a workspace reactivated, an app reinstalled with the missing scope), and resumes the outbox when it does.
/// Pending rows waited meanwhile, unsent and uncounted. On a cluster only the dispatching leader asks (the others
/// hear its resume through <see cref="SlackDeliveryState"/>), so N instances do not each resume, fail and stop again.
/// </summary>
internal sealed class SlackDeliveryProbe(
    ISlackApi slack,
    SlackDeliveryState state,
    OutboxSignal signal,
    IDispatchLeadership leadership,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<SlackDeliveryProbe> logger)
    : BackgroundService
{
    /// <returns>True when sending is on after the probe.</returns>
    public async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        if (state.Problem is not { } problem)
        {
            return true;
        }

        try
        {
            await slack.TestAuthAsync(cancellationToken);
        }
        catch (SlackApiException error)
        {
            logger.LogWarning("Sending to Slack is still stopped ({Problem}); auth.test answered {Error}", problem, error.Error);
            return false;
        }

        state.Resume();
        signal.Notify();
        logger.LogWarning("Slack accepts the bot's token again (auth.test); sending resumed after {Problem}", problem);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.ProbeInterval, clock, stoppingToken);
                if (leadership.IsLeader)
                {
                    await ProbeAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
