using Microsoft.Extensions.DependencyInjection;

namespace ProDevBot.Slack.SocketMode;

/// <summary>Registers the Socket Mode client. It connects only when <c>Slack:AppToken</c> is set.</summary>
public static class SocketModeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the hosted Socket Mode client: with an app token it receives commands, interactions and events over a
    /// WebSocket and answers them with the same handlers as the HTTP endpoints (which stay mapped). Call after
    /// <c>AddSlack(…)</c>.
    /// </summary>
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient(SocketModeConnector.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<SocketModeConnector>();
        services.AddSingleton<SocketModeEnvelopeHandler>();
        services.AddHostedService<SocketModeClient>();
        return services;
    }
}
