using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Commands;

/// <summary>
/// Answers a click through its response_url before the click is acknowledged: within the click's own deadline
/// (<see cref="AckDeadline"/>), and never throwing, because what the click did stands even when the answer is lost.
/// </summary>
internal static class ResponseUrlReply
{
    public static async Task PostAsync(
        ISlackApi slack, TimeProvider clock, ILogger logger, string? responseUrl, SlackMessage message, DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url))
        {
            return;
        }

        using var deadline = AckDeadline.For(receivedAt, clock, cancellationToken);
        try
        {
            await slack.PostToResponseUrlAsync(url, message, deadline.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not answer a click through its response_url");
        }
    }
}
