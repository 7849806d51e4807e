using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProDevBot.Slack.Telemetry;
using ProDevBot.Slack.WebApi.Pacing;

namespace ProDevBot.Slack.WebApi;

/// <summary>Registers <see cref="ISlackApi"/>. Call after <c>AddSlack(…)</c>, which binds <see cref="SlackOptions"/>.</summary>
public static class SlackWebApiServiceCollectionExtensions
{
    /// <param name="services">The container.</param>
    /// <param name="idempotencyEventType">
    /// The message metadata <c>event_type</c> under which <see cref="PostMessageRequest.IdempotencyKey"/> travels (the app
    /// names it, so this library knows no app): letters, digits and underscores, as Slack requires.
    /// </param>
    public static IServiceCollection AddSlackWebApi(this IServiceCollection services, string idempotencyEventType)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (string.IsNullOrEmpty(idempotencyEventType) || !idempotencyEventType.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException("A message metadata event type is letters, digits and underscores, e.g. myapp_outbox.", nameof(idempotencyEventType));
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<SlackTelemetry>();

        services.AddOptions<SlackRateLimitOptions>()
            .BindConfiguration(SlackRateLimitOptions.SectionName)
            .Validate(o => o.PostMessagePerMinute > 0 && o.Tier2PerMinute > 0 && o.Tier3PerMinute > 0 && o.Tier4PerMinute > 0
                           && o.PostMessagePerChannelPerSecond > 0 && o.BurstSeconds > 0 && o.Methods.Values.All(v => v > 0),
                "Slack:RateLimits: every rate must be positive.")
            .ValidateOnStart();
        services.AddOptions<SlackResilienceOptions>()
            .BindConfiguration(SlackResilienceOptions.SectionName)
            .Validate(o => o.MaxRetries >= 0 && o.RequestTimeout > TimeSpan.Zero && o.BreakerFailureRatio is > 0 and <= 1
                           && o.BreakerBreakDuration >= TimeSpan.FromMilliseconds(500) && o.BreakerMinimumThroughput >= 2,
                "Slack:Resilience: retries ≥ 0, timeout > 0, failure ratio in (0, 1], break ≥ 0.5 s, throughput ≥ 2.")
            .ValidateOnStart();

        // Pacing and the breaker are per bot, not per HttpClient instance, so they are singletons. An app that runs
        // several instances registers its own ISlackPauseBroadcast and ISlackSharedSlots (these are the one-instance kind).
        services.TryAddSingleton<SingleInstancePacing>();
        services.TryAddSingleton<ISlackPauseBroadcast>(sp => sp.GetRequiredService<SingleInstancePacing>());
        services.TryAddSingleton<ISlackSharedSlots>(sp => sp.GetRequiredService<SingleInstancePacing>());
        services.TryAddSingleton<SlackMethodPauses>();
        services.TryAddSingleton<SlackPacer>();
        services.TryAddSingleton<SlackCallPipeline>();

        services.AddHttpClient<ISlackApi, SlackApiClient>((http, sp) => new SlackApiClient(
                new SlackHttpTransport(
                    http,
                    sp.GetRequiredService<SlackPacer>(),
                    sp.GetRequiredService<IOptions<SlackOptions>>(),
                    sp.GetRequiredService<IOptions<SlackRateLimitOptions>>(),
                    sp.GetRequiredService<SlackTelemetry>(),
                    sp.GetRequiredService<ILogger<SlackApiClient>>()),
                sp.GetRequiredService<SlackCallPipeline>(),
                idempotencyEventType))
            .ConfigureHttpClient((sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                http.Timeout = sp.GetRequiredService<IOptions<SlackResilienceOptions>>().Value.RequestTimeout;
            })

            // The factory's own loggers print request URLs, and a response_url is a credential; we log method names.
            .RemoveAllLoggers();
        return services;
    }
}
