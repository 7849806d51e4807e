using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using ProDevBot.Slack.Telemetry;
using ProDevBot.Slack.WebApi.Pacing;

namespace ProDevBot.Slack.WebApi;

/// <summary>
/// What every Web API call goes through, one instance per bot (a singleton): bounded, jittered retries of transient
/// failures, then one circuit breaker shared by all methods, then per-method pacing and 429 pauses. A call with a
/// <see cref="SlackCallBudget"/> skips the retry strategy and keeps to its deadline instead (the other file).
/// </summary>
internal sealed partial class SlackCallPipeline
{
    private readonly ResiliencePipeline _retry;
    private readonly ResiliencePipeline _breaker;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public SlackCallPipeline(
        IOptions<SlackResilienceOptions> options, SlackPacer pacer, TimeProvider time, ILogger<SlackCallPipeline> logger)
    {
        var settings = options.Value;
        Pacer = pacer;
        _time = time;
        _logger = logger;
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

                // After a 429 the method's pause already holds the next attempt back; no backoff on top. A response_url
                // has no method-wide pause (it is limited per URL), so its Retry-After is the delay.
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Outcome.Exception switch
                {
                    SlackApiException { Method: SlackMethods.ResponseUrl, RetryAfter: { } retryAfter } => retryAfter,
                    SlackApiException { RetryAfter: not null } => TimeSpan.Zero,
                    _ => null,
                }),
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

        _retry = builder.Build();
        _breaker = new ResiliencePipelineBuilder { TimeProvider = time }
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
    /// <paramref name="channel"/> is, for chat.postMessage, the channel whose own pace applies. With a
    /// <paramref name="budget"/>, the call keeps to its deadline, pacing and attempts instead of the retry strategy.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(
        string method, string? channel, SlackCallBudget? budget, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        // One span per logical call, pacing and retries inside it, named after the method and tagged with nothing else.
        using var activity = SlackTelemetry.StartCall(method);
        try
        {
            return budget is null
                ? await ExecuteRetryingAsync(method, channel, attempt, cancellationToken)
                : await ExecuteWithinAsync(method, channel, budget, attempt, cancellationToken);
        }
        catch (Exception e)
        {
            SlackTelemetry.Failed(activity, e);
            throw;
        }
    }

    private async Task<T> ExecuteRetryingAsync<T>(
        string method, string? channel, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.ExecuteAsync(
                token => _breaker.ExecuteAsync(
                    async t =>
                    {
                        await Pacer.WaitAsync(method, channel, t);
                        return await attempt(t);
                    },
                    token),
                cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new SlackApiException(method, "circuit_open", SlackErrorKind.Transient, ex.RetryAfter, ex);
        }
    }
}
