using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProDevBot.Data;

namespace ProDevBot.Hosting;

public static class HealthEndpoints
{
    public static IServiceCollection AddProDevHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<ProDevDbContext>("database")
            .AddCheck<CurriculumHealthCheck>("curriculum");
        return services;
    }

    /// <summary>
    /// GET /health: 200 only when the database answers and the curriculum is loaded, 503 otherwise. "Degraded" (still
    /// 200, so a load balancer keeps sending commands, which work) means Slack refused the bot token and nudges wait.
    /// GET /health/live: 200 while the process answers HTTP, no check run (a database outage must not get every
    /// instance restarted). GET /health/ready: every check; 503 when this instance cannot answer (database or
    /// curriculum). A stopped Slack delivery shows there as "Degraded" with 200: the token is the workspace's, so every
    /// instance stops together, and taking them out of rotation would refuse the commands that still work.
    /// </summary>
    public static IEndpointRouteBuilder MapProDevHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", Options(degraded: StatusCodes.Status200OK));
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/health/ready", Options(degraded: StatusCodes.Status200OK));
        return endpoints;
    }

    private static HealthCheckOptions Options(int degraded) => new()
    {
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = degraded,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    /// <summary>The overall status, then one line per check with its description; never an exception's text.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status}{(e.Value.Description is { } d ? $" ({d})" : "")}");
        return context.Response.WriteAsync($"{report.Status}\n{string.Join('\n', lines)}\n");
    }
}
