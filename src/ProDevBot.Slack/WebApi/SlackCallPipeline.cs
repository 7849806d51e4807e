using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using ProDevBot.Slack.WebApi.Pacing;

namespace ProDevBot.Slack.WebApi;

/// <summary>
/// What every Web API call goes through, one instance per bot (a singleton): bounded, jittered retries of transient
/// failures, then one circuit breaker shared by all methods, then per-method pacing and 429 pauses.
/// </summary>
internal sealed class SlackCallPipeline
{
    private readonly ResiliencePipeline _pipeline;

    public SlackCallPipeline(
        IOptions<SlackResilienceOptions> options, SlackPacer pacer, TimeProvider time, ILogger<SlackCallPipeline> logger)
    {
        var settings = options.Value;
        Pacer = pacer;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };

        // Polly requires at least one retry attempt; MaxRetries = 0 means no retry strategy at all.
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SlackApiException>(e => e.Kind == SlackErrorKind.Transient),
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,

                // After a 429 the method's pause already holds the next attempt back; no backoff on top.
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Outcome.Exception is SlackApiException { RetryAfter: not null } ? TimeSpan.Zero : null),
                OnRetry = args =>
                {
                    var error = args.Outcome.Exception as SlackApiException;
                    logger.LogInformation(
                        "Slack {Method} failed transiently ({Error}); retry {Attempt} in {Delay}",
                        error?.Method, error?.Error, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // A 429 is Slack pacing us, not Slack failing: it must not open the breaker.
                ShouldHandle = new PredicateBuilder().Handle<SlackApiException>(
                    e => e.Kind == SlackErrorKind.Transient && e.RetryAfter is null),
                FailureRatio = settings.BreakerFailureRatio,
                SamplingDuration = settings.BreakerSamplingDuration,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                BreakDuration = settings.BreakerBreakDuration,
                OnOpened = args =>
                {
                    logger.LogWarning("Slack circuit opened for {BreakDuration} after repeated transient failures", args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("Slack circuit closed; calls flow again");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public SlackPacer Pacer { get; }

    /// <summary>
    /// Runs one logical call of <paramref name="method"/>; <paramref name="attempt"/> may run several times.
    /// <paramref name="channel"/> is, for chat.postMessage, the channel whose own pace applies.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(
        string method, string? channel, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    await Pacer.WaitAsync(method, channel, token);
                    return await attempt(token);
                },
                cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new SlackApiException(method, "circuit_open", SlackErrorKind.Transient, ex.RetryAfter, ex);
        }
    }
}
