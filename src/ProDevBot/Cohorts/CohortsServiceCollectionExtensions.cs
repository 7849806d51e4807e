using ProDevBot.Commands;
using ProDevBot.Data.Cluster;
using ProDevBot.Scheduling;

namespace ProDevBot.Cohorts;

public static class CohortsServiceCollectionExtensions
{
    /// <summary>
    /// Cohorts: `/prodev join|leave` for students, the coaches' `/prodev cohort …` group (other features add actions to
    /// it), the roster sync from a linked channel and its 6-hourly job.
    /// </summary>
    public static IServiceCollection AddCohorts(this IServiceCollection services)
    {
        services.AddSingleton<StudentCohorts>();
        services.AddClusterNoticeListener<StudentCohortNotices>();
        services.AddSingleton<StudentTimeZones>();
        services.AddScoped<RosterSync>();
        services.AddDurableJob<RosterSyncJob>(RosterSyncJob.Key, RosterSyncJob.ScheduleAsync);

        services.AddSubcommand<JoinCommand>(new("join", "join your cohort (your coach has the id)", "join 2603"));
        services.AddSubcommand<LeaveCommand>(new("leave", "leave your cohort", "leave"));
        services.AddSubcommandGroup(new SubcommandGroup("cohort", DefaultAction: "list") { Aliases = ["cohorts"] });
        services.AddSubcommandAction<CohortAddAction>("cohort", new("add", CohortAddAction.HelpLine, CohortAddAction.Example, CoachOnly: true));
        services.AddSubcommandAction<CohortListAction>("cohort", new("list", CohortListAction.HelpLine, CohortListAction.Example, CoachOnly: true));
        services.AddSubcommandAction<CohortLinkAction>("cohort", new("link", CohortLinkAction.HelpLine, CohortLinkAction.Example, CoachOnly: true));
        services.AddSubcommandAction<CohortRosterAction>("cohort", new("roster", CohortRosterAction.HelpLine, CohortRosterAction.Example, CoachOnly: true));
        services.AddSubcommandAction<CohortPauseAction>("cohort", new("pause", CohortPauseAction.HelpLine, CohortPauseAction.Example, CoachOnly: true));
        services.AddSubcommandAction<CohortAdvanceAction>("cohort", new("advance", CohortAdvanceAction.HelpLine, CohortAdvanceAction.Example, CoachOnly: true));
        services.AddSubcommandAction<CohortTimesAction>("cohort", new("times", CohortTimesAction.HelpLine, CohortTimesAction.Example, CoachOnly: true));
        return services;
    }
}
