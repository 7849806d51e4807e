using Microsoft.Extensions.Options;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Deliverables;
using ProDevBot.Help;
using ProDevBot.Outcomes;
using ProDevBot.Slack.Routing;
using ProDevBot.Week;

namespace ProDevBot.Hosting;

public static class ProDevServiceCollectionExtensions
{
    /// <summary>The "ProDev" section, validated at start-up.</summary>
    public static IServiceCollection AddProDevOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProDevOptions>().Bind(configuration.GetSection(ProDevOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProDevOptions>, ProDevOptionsValidator>();
        return services;
    }

    /// <summary>`/prodev` and its subcommands, one per feature folder.</summary>
    public static IServiceCollection AddProDevCommands(this IServiceCollection services)
    {
        services.AddScoped<ISlashCommandHandler, ProDevCommandHandler>();
        services.AddSingleton<StudentCohorts>();
        services.AddScoped<ModuleScopes>();
        services.AddSingleton<WeekMessage>();
        services.AddSubcommand<WeekCommand>("week");
        services.AddSubcommand<DeliverablesCommand>("deliverables", "deliverable", "due");
        services.AddSubcommand<OutcomesCommand>("outcomes", "outcome", "goals");
        services.AddSubcommand<CohortCommand>("cohort", "cohorts");
        services.AddSubcommand<JoinCommand>("join");
        services.AddSubcommand<LeaveCommand>("leave");
        services.AddSubcommand<HelpCommand>("help", "?");
        return services;
    }
}
