using ProDevBot.Cohorts;

namespace ProDevBot.Nudges;

/// <summary>Keeps a cohort's nudge triggers in step with its dates, times and pauses.</summary>
public interface INudgeScheduler
{
    /// <summary>Replaces the cohort's future triggers with ones for its current calendar.</summary>
    Task ScheduleAsync(Cohort cohort, CancellationToken cancellationToken);
}
