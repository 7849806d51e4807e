using ProDevBot.Commands;
using ProDevBot.Scheduling;

namespace ProDevBot.Nudges;

public static class NudgeServiceCollectionExtensions
{
    /// <summary>
    /// Nudges on the cohort's clock (a Quartz trigger per occurrence, reconciled at start), the students' `/prodev
    /// pause|settings|preview`, and the coaches' `/prodev cohort nudge`. Kinds another feature owns (the digest) come
    /// from its <see cref="INudgeHandler"/>.
    /// </summary>
    public static IServiceCollection AddNudges(this IServiceCollection services)
    {
        services.AddScoped<NudgeRunner>();
        services.AddScoped<LateKickoff>();
        services.AddSingleton<NudgeMessages>();
        services.AddScoped<INudgeScheduler, QuartzNudgeScheduler>();
        services.AddDurableJob<NudgeJob>(NudgeJob.Key);
        services.AddHostedService<NudgeScheduleReconciler>();

        services.AddSubcommand<PauseCommand>(
            new("pause", "no nudges until a date (or `pause` alone, until you `resume`)", "pause until 2026-04-06") { Aliases = ["resume"] });
        services.AddSubcommand<SettingsCommand>(new("settings", "turn one kind of nudge off or on: kickoff, group, deadlines", "settings group off"));
        services.AddSubcommand<PreviewCommand>(new("preview", "see a nudge exactly as it will arrive", "preview kickoff 3")
        {
            MoreExamples = [new("preview deadlines 4 cohort 2603", "what the cohort would get, sent to nobody", CoachOnly: true)],
        });
        services.AddSubcommandAction<CohortNudgeAction>("cohort", new("nudge", CohortNudgeAction.HelpLine, CohortNudgeAction.Example, CoachOnly: true));
        return services;
    }
}
