using Microsoft.Extensions.Options;
using ProDevBot.Commands;
using ProDevBot.Nudges;
using ProDevBot.Scheduling;
using ProDevBot.Slack.Routing;

namespace ProDevBot.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// The coaches' reports: `/prodev report|student|digest`, the chart job, the CSV's options, and the Friday digest
    /// (Reports' handler for <see cref="NudgeKind.CoachDigest"/>) with its coach-only "Open record" button.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidator>();
        services.AddScoped<CohortReports>();
        services.AddScoped<AtRiskFinder>();
        services.AddScoped<StudentRecord>();
        services.AddKeyedScoped<INudgeHandler, CoachDigest>(NudgeKind.CoachDigest);
        services.AddDurableJob<ReportChartJob>(ReportChartJob.Key);

        services.AddSubcommand<ReportCommand>(new("report", ReportCommand.HelpLine, ReportCommand.Example, CoachOnly: true));
        services.AddSubcommand<StudentCommand>(new("student", StudentCommand.HelpLine, StudentCommand.Example, CoachOnly: true));
        services.AddSubcommand<DigestCommand>(new("digest", DigestCommand.HelpLine, DigestCommand.Example, CoachOnly: true));
        services.AddInteractionHandler<StudentRecordAction>(new(InteractionKind.BlockAction, CoachDigest.RecordAction, Restricted: true));
        return services;
    }
}
