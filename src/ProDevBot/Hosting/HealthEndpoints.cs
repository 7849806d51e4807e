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

    /// <summary>GET /health: 200 only when the database answers and the curriculum is loaded; 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapProDevHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }
}
