using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProDevBot.Curriculum;

namespace ProDevBot.Hosting;

/// <summary>Healthy while the loaded curriculum has at least one module with weeks.</summary>
internal sealed class CurriculumHealthCheck(CurriculumCatalog curriculum) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(curriculum.Modules.Any(m => m.Weeks.Count > 0)
            ? HealthCheckResult.Healthy($"{curriculum.Modules.Count} modules loaded")
            : HealthCheckResult.Unhealthy("No module with weeks is loaded"));
}
