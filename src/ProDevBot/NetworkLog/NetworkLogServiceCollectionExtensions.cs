using ProDevBot.Commands;
using ProDevBot.Slack.Routing;

namespace ProDevBot.NetworkLog;

public static class NetworkLogServiceCollectionExtensions
{
    /// <summary>`/prodev log`, the Home tab's open_log button and the networking-log modal's submission.</summary>
    public static IServiceCollection AddNetworkLog(this IServiceCollection services)
    {
        services.AddScoped<NetworkLogOpener>();
        services.AddSubcommand<LogCommand>(
            new("log", "log a networking activity: who, how, when, what you learned, a follow-up date", "log") { Aliases = ["network"] });
        services.AddInteractionHandler<OpenNetworkLogAction>(new(InteractionKind.BlockAction, NetworkLogIds.OpenAction));
        services.AddInteractionHandler<NetworkLogSubmission>(new(InteractionKind.ViewSubmission, NetworkLogIds.CallbackId));
        return services;
    }
}
