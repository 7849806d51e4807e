using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using Quartz;

namespace ProDevBot.Nudges;

/// <summary>
/// One Quartz trigger per nudge occurrence, in a trigger group per cohort, fired at the instant the cohort
/// calendar computed (daylight saving already applied). Triggers live in Quartz's persistent store; a trigger
/// missed while the bot was down fires once on start (FireNow) and the runner decides: late, or skipped.
/// </summary>
internal sealed class QuartzNudgeScheduler(ISchedulerFactory schedulers, CurriculumCatalog curriculum) : INudgeScheduler
{
    public async Task ScheduleAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(Group(cohort.Id)), cancellationToken);
        await AddMissingAsync(scheduler, cohort, cancellationToken);
    }

    /// <summary>Adds a trigger for each upcoming occurrence that has none; existing (possibly misfired) triggers stay.</summary>
    public async Task AddMissingAsync(IScheduler scheduler, Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(cohort);
        if (curriculum.Find(cohort.Module) is not { } module)
        {
            return;
        }

        var now = scheduler.TimeProvider.GetUtcNow();
        foreach (var occurrence in NudgeCalendar.For(cohort, module).Where(o => o.NotAfter > now && !cohort.Pauses.Any(p => p.Covers(o.Date))))
        {
            var key = new TriggerKey(occurrence.Id, Group(cohort.Id));
            if (await scheduler.Exists(key, cancellationToken))
            {
                continue;
            }

            var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
                .WithIdentity(key)
                .ForJob(NudgeJob.Key)
                .UsingJobData("cohort", cohort.Id)
                .UsingJobData("kind", occurrence.Kind.ToString())
                .UsingJobData("date", occurrence.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .StartAt(occurrence.At > now ? occurrence.At : now)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(trigger, default, cancellationToken);
        }
    }

    public static string Group(string cohortId) => $"cohort-{cohortId}";
}
