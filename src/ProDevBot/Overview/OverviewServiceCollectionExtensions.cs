using ProDevBot.Commands;

namespace ProDevBot.Overview;

public static class OverviewServiceCollectionExtensions
{
    /// <summary>`/prodev module [n]`: a module at a glance.</summary>
    public static IServiceCollection AddModuleOverview(this IServiceCollection services)
    {
        services.AddSingleton<ModuleMessage>();
        return services.AddSubcommand<ModuleCommand>(
            new("module", "your module at a glance: goals, deliverables with dates, supplemental activities, repeat plan, links", "module")
            {
                Aliases = ["mod", "overview"],
                MoreExamples = [new("module 3", "any module at a glance, no cohort needed")],
            });
    }
}
