using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ProDevBot.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection to Slack while <c>Slack:AppToken</c> is set. On a <c>disconnect</c> frame it opens
/// the next connection before closing the old one (whose in-flight acks still go out); on <c>link_disabled</c> it
/// stops; on a dropped socket or a failed open it retries with jittered exponential backoff. Stopping the host closes
/// the socket with a normal close.
/// </summary>
internal sealed class SocketModeClient(
    SocketModeConnector connector,
    SocketModeEnvelopeHandler handler,
    IOptionsMonitor<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeClient> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>How long a closing connection may still finish answering envelopes (Slack's ack deadline).</summary>
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.CurrentValue.AppToken))
        {
            return;
        }

        var failures = 0;
        SocketModeConnection? current = null;
        Task? reading = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var previous = current;
                var previousReading = reading;
                current = null;
                try
                {
                    current = await connector.ConnectAsync(stoppingToken);
                    // Not stoppingToken: cancelling a pending receive aborts the socket, and shutdown wants a normal close.
                    reading = current.RunAsync((envelope, connection) => handler.HandleAsync(envelope, connection, stoppingToken), CancellationToken.None);
                    failures = 0;
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    failures++;
                    logger.LogWarning("Socket Mode connection failed ({Failures} in a row): {Reason}", failures, Describe(e));
                }
                finally
                {
                    // Only now is the old connection dropped, so a refresh never leaves the bot without one.
                    if (previous is not null)
                    {
                        _ = CloseAsync(previous, previousReading!);
                    }
                }

                if (current is null)
                {
                    await Task.Delay(Backoff(failures), time, stoppingToken);
                    continue;
                }

                await Task.WhenAny(current.Disconnected, reading!).WaitAsync(stoppingToken);
                if (current.Disconnected.IsCompletedSuccessfully)
                {
                    var reason = current.Disconnected.Result;
                    if (reason == "link_disabled")
                    {
                        logger.LogError("Slack disabled this app's Socket Mode link (disconnect: link_disabled); Socket Mode stopped. Re-enable Socket Mode in the app settings and restart");
                        return;
                    }

                    logger.LogInformation("Slack asked to reconnect (disconnect: {Reason}); opening a new connection first", reason);
                    continue;
                }

                failures++;
                logger.LogWarning("Socket Mode connection dropped; reconnecting");
                await CloseAsync(current, reading!);
                current = null;
                await Task.Delay(Backoff(failures), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: fall through to the normal close.
        }
        finally
        {
            if (current is not null)
            {
                await CloseAsync(current, reading!);
            }
        }
    }

    private async Task CloseAsync(SocketModeConnection connection, Task reading)
    {
        await connection.CloseAsync(Drain, time);
        await reading.WaitAsync(TimeSpan.FromSeconds(2), time).ContinueWith(_ => { }, TaskScheduler.Default);
        await connection.DisposeAsync();
    }

    // Full jitter on an exponential backoff (0.5 s, 1 s, 2 s, … up to 30 s): many bots restarting at once spread out.
    [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Jitter, not a secret.")]
    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 500 * Math.Pow(2, Math.Min(failures, 10) - 1))
                                  * (0.5 + (Random.Shared.NextDouble() / 2)));

    // The message of our own exception is safe; for anything else only its type, in case it echoes a header.
    private static string Describe(Exception e) => e is SocketModeException ? e.Message : e.GetType().Name;
}
