using ProDevBot.Slack.Routing;

namespace ProDevBot.Commands;

public static class CommandServiceCollectionExtensions
{
    /// <summary>
    /// `/prodev` itself: the dispatcher, the one coach check (for commands and restricted clicks alike) and the module
    /// resolution features share. Each feature registers its own words with AddSubcommand.
    /// </summary>
    public static IServiceCollection AddProDevCommands(this IServiceCollection services)
    {
        services.AddScoped<ISlashCommandHandler, ProDevCommandHandler>();
        services.AddScoped<CoachGate>();
        services.AddScoped<IInteractionGate>(sp => sp.GetRequiredService<CoachGate>());
        services.AddScoped<ModuleScopes>();
        return services;
    }
}
