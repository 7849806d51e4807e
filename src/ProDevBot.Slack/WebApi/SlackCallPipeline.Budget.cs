using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;

namespace ProDevBot.Slack.WebApi;

// Calls with a deadline: a person waiting (views.*) or a caller that owns retries (the outbox, inside its lease).
internal sealed partial class SlackCallPipeline
{
    /// <summary>The error of a call whose deadline passed before Slack answered (or before it could be sent).</summary>
    public const string DeadlineExceeded = "deadline_exceeded";

    private async Task<T> ExecuteWithinAsync<T>(
        string method, string? channel, SlackCallBudget budget, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var remaining = budget.Deadline - _time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            throw new SlackApiException(method, DeadlineExceeded, SlackErrorKind.Transient);
        }

        using var deadline = new CancellationTokenSource(remaining, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        for (var attempts = 1; ; attempts++)
        {
            try
            {
                await WaitForTurnAsync(method, channel, budget, linked.Token);
                return await _breaker.ExecuteAsync(async token => await attempt(token), linked.Token);
            }
            catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new SlackApiException(method, DeadlineExceeded, SlackErrorKind.Transient, inner: e);
            }
            catch (BrokenCircuitException e)
            {
                throw new SlackApiException(method, "circuit_open", SlackErrorKind.Transient, e.RetryAfter, e);
            }
            catch (SlackApiException e) when (e.Kind == SlackErrorKind.Transient && attempts < budget.MaxAttempts)
            {
                // Tried again at once: the deadline, not a backoff, bounds this call. After a 429 the method's
                // pause decides, in WaitForTurnAsync, whether there is still time.
                _logger.LogInformation("Slack {Method} failed transiently ({Error}); attempt {Attempt} within its deadline", method, e.Error, attempts + 1);
            }
        }
    }

    private async ValueTask WaitForTurnAsync(string method, string? channel, SlackCallBudget budget, CancellationToken cancellationToken)
    {
        if (Pacer.Pauses.Until(method) is { } until && until > budget.Deadline)
        {
            // Slack asked for a pause that outlasts the caller's deadline: say so now rather than wait and miss it.
            throw new SlackApiException(method, "ratelimited", SlackErrorKind.Transient, until - _time.GetUtcNow());
        }

        if (budget.Paced)
        {
            await Pacer.WaitAsync(method, channel, cancellationToken);
        }
        else
        {
            await Pacer.Pauses.WaitAsync(method, cancellationToken);
        }

        // The wait may have used the time up: send nothing that could only land after the deadline.
        cancellationToken.ThrowIfCancellationRequested();
    }
}
