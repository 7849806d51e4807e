using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProDevBot.Outbox;

/// <summary>Degraded while Slack refuses the bot's token: commands still work, nudges wait until auth.test works again.</summary>
internal sealed class OutboxHealthCheck(SlackDeliveryState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Problem is { } problem
            ? HealthCheckResult.Degraded($"Sending to Slack stopped: {problem}. Check Slack:BotToken and the app's scopes; sending resumes by itself once auth.test accepts the token (a new token needs a restart).")
            : HealthCheckResult.Healthy());
}
