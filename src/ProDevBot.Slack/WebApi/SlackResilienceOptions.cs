namespace ProDevBot.Slack.WebApi;

/// <summary>The <c>Slack:Resilience</c> section: retries and the circuit breaker around every Web API call.</summary>
public sealed class SlackResilienceOptions
{
    public const string SectionName = "Slack:Resilience";

    /// <summary>Retries after the first attempt, for transient failures only.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff; doubles on each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One HTTP attempt gives up after this long.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The breaker opens when this share of calls failed transiently within <see cref="BreakerSamplingDuration"/>.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Fewer calls than this in the sampling window never open the breaker.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>How long the breaker stays open before it lets one trial call through (Polly's minimum is 0.5 s).</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
