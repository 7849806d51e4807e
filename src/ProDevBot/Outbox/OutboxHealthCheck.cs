using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProDevBot.Outbox;

/// <summary>Degraded once Slack refuses the bot's token: commands still work, nudges wait.</summary>
internal sealed class OutboxHealthCheck(SlackDeliveryState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Problem is { } problem
            ? HealthCheckResult.Degraded($"Sending to Slack stopped: {problem}. Fix Slack:BotToken and restart.")
            : HealthCheckResult.Healthy());
}
