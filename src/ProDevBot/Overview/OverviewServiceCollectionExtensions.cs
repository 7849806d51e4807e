using ProDevBot.Commands;

namespace ProDevBot.Overview;

public static class OverviewServiceCollectionExtensions
{
    /// <summary>`/prodev module [n]`: a module at a glance.</summary>
    public static IServiceCollection AddModuleOverview(this IServiceCollection services)
    {
        services.AddSingleton<ModuleMessage>();
        services.AddSubcommand<ModuleCommand>("module", "mod", "overview");
        return services;
    }
}
