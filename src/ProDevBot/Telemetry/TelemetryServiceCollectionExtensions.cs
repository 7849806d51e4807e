using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ProDevBot.Slack.Telemetry;
using Quartz.Diagnostics;

namespace ProDevBot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// The bot's metrics, trace ids on every log line's scope, and, only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
    /// set, OpenTelemetry exporting spans, metrics and logs over OTLP, configured by the standard <c>OTEL_*</c>
    /// variables. Spans: requests from Slack and Web API calls (<see cref="SlackTelemetry"/>) and Quartz's jobs. No
    /// HTTP client or server instrumentation: a response_url and an upload_url are credentials in the URL.
    /// </summary>
    public static IServiceCollection AddProDevTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMetrics();
        services.AddSingleton<ProDevMetrics>();
        services.Configure<LoggerFactoryOptions>(o => o.ActivityTrackingOptions |= ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME, when set, names the service; otherwise "prodevbot".
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService("prodevbot");
                }
            })
            .WithTracing(tracing => tracing.AddSource(SlackTelemetry.Name, QuartzInstrumentation.ActivitySourceName))
            .WithMetrics(metrics => metrics.AddMeter(SlackTelemetry.Name, ProDevMetrics.Name, QuartzInstrumentation.MeterName))
            .WithLogging()
            .UseOtlpExporter();
        return services;
    }
}
