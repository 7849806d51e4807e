using Microsoft.Extensions.Options;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Deliverables;
using ProDevBot.Help;
using ProDevBot.NetworkLog;
using ProDevBot.Nudges;
using ProDevBot.Outcomes;
using ProDevBot.Overview;
using ProDevBot.Progress;
using ProDevBot.Reflections;
using ProDevBot.Reports;
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
        services.AddSubcommand<PauseCommand>("pause", "resume");
        services.AddSubcommand<PreviewCommand>("preview");
        services.AddKeyedScoped<ICohortAction, CohortPauseAction>("pause");
        services.AddKeyedScoped<ICohortAction, CohortAdvanceAction>("advance");
        services.AddKeyedScoped<ICohortAction, CohortTimesAction>("times");
        services.AddKeyedScoped<ICohortAction, CohortNudgeAction>("nudge");
        services.AddKeyedScoped<ICohortAction, CohortLinkAction>("link");
        services.AddKeyedScoped<ICohortAction, CohortRosterAction>("roster");
        services.AddScoped<RosterSync>();
        services.AddScoped<NudgeRunner>();
        services.AddScoped<LateKickoff>();
        services.AddSingleton<NudgeMessages>();
        services.AddSubcommand<SettingsCommand>("settings");
        services.AddSubcommand<DoneCommand>("done", "undo");
        services.AddScoped<CohortReports>();
        services.AddSubcommand<ReportCommand>("report");
        services.AddSubcommand<DigestCommand>("digest");
        services.AddScoped<AtRiskFinder>();
        services.AddScoped<CoachDigest>();
        services.AddScoped<StudentRecord>();
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidator>();
        services.AddSubcommand<StudentCommand>("student");
        services.AddInteractionHandler<StudentRecordAction>();
        services.AddSubcommand<HelpCommand>("help", "?");
        services.AddReflections();
        services.AddNetworkLog();
        services.AddDeliverableCheckoffs();
        services.AddModuleOverview();
        return services;
    }
}
