using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Slack.Routing;

namespace ProDevBot.NetworkLog;

public static class NetworkLogServiceCollectionExtensions
{
    /// <summary>`/prodev log`, the Home tab's open_log button and the networking-log modal's submission.</summary>
    public static IServiceCollection AddNetworkLog(this IServiceCollection services)
    {
        services.AddScoped<NetworkLogOpener>();
        services.AddSingleton<StudentTimeZones>();
        services.AddSubcommand<LogCommand>("log", "network");
        services.AddInteractionHandler<OpenNetworkLogAction>();
        services.AddInteractionHandler<NetworkLogSubmission>();
        return services;
    }
}
