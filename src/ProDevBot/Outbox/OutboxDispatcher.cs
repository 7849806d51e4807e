using Microsoft.Extensions.Options;

namespace ProDevBot.Outbox;

/// <summary>
/// Drains the outbox for as long as the bot runs, in <see cref="OutboxOptions.Lanes"/> loops; a restart resumes from
/// the table. With several instances only the elected leader (<see cref="IDispatchLeadership"/>) claims rows, so the
/// cluster keeps to the workspace's Slack rate limits; the others idle until they lead.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxSender sender,
    OutboxSignal signal,
    SlackDeliveryState state,
    IDispatchLeadership leadership,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Lanes).Select(_ => Task.Run(() => LaneAsync(stoppingToken), stoppingToken)));

    private async Task LaneAsync(CancellationToken stoppingToken)
    {
        // While sending is stopped (state.Problem) a pass claims nothing and the lane idles until the probe resumes it.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (state.Problem is null && leadership.IsLeader && await sender.DispatchOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // A database hiccup must not end the loop: log it and try again after the poll interval.
                logger.LogError(error, "Outbox dispatch failed; retrying");
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
