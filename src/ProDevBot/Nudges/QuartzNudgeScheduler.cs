using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using Quartz;

namespace ProDevBot.Nudges;

/// <summary>
/// One Quartz trigger per nudge occurrence, in a trigger group per cohort, fired at the instant the cohort calendar
/// computed (daylight saving already applied). Scheduling compares what Quartz holds with what the cohort needs and
/// changes only the difference, so it can be repeated (a retried command, the start-up reconciler) without effect.
/// An occurrence that already ran (<see cref="NudgeRun"/>) never gets a trigger again; one that is due but never ran
/// (missed while scheduling failed) fires now and the runner decides: late, or skipped.
/// </summary>
internal sealed class QuartzNudgeScheduler(ISchedulerFactory schedulers, CurriculumCatalog curriculum, ProDevDbContext db) : INudgeScheduler
{
    public async Task ScheduleAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await ReconcileAsync(scheduler, cohort, cancellationToken);
    }

    /// <summary>Adds missing triggers, moves ones whose time changed, and removes ones the cohort no longer has.</summary>
    /// <returns>How many triggers were added, moved or removed.</returns>
    public async Task<int> ReconcileAsync(IScheduler scheduler, Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(cohort);
        var now = scheduler.TimeProvider.GetUtcNow();
        var ran = (await db.NudgeRuns.AsNoTracking().Where(r => r.CohortId == cohort.Id).Select(r => r.Occurrence).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var calendar = curriculum.Find(cohort.Module) is { } module
            ? NudgeCalendar.For(cohort, module).Where(o => !ran.Contains(NudgeRun.For(module.Number, o)) && !cohort.Pauses.Any(p => p.Covers(o.Date)))
                .ToDictionary(o => new TriggerKey(o.Id, Group(cohort.Id)))
            : [];

        var changes = 0;
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(Group(cohort.Id)), cancellationToken))
        {
            // A misfired trigger (due while the bot was down) stays, even past its NotAfter: it fires once and the
            // runner records its rows as skipped. A future one stays if its time is still right.
            if (calendar.TryGetValue(key, out var occurrence) && await scheduler.GetTrigger(key, cancellationToken) is { } existing
                && (occurrence.At <= now || existing.StartTimeUtc == occurrence.At))
            {
                calendar.Remove(key);
                continue;
            }

            changes += await scheduler.UnscheduleJob(key, cancellationToken) ? 1 : 0;
        }

        var wanted = calendar.Where(o => o.Value.NotAfter > now).ToList();
        foreach (var (key, occurrence) in wanted)
        {
            var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
                .WithIdentity(key)
                .ForJob(NudgeJob.Key)
                .UsingJobData("cohort", cohort.Id)
                .UsingJobData("kind", occurrence.Kind.ToString())
                .UsingJobData("date", occurrence.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .StartAt(occurrence.At > now ? occurrence.At : now)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
            changes++;
        }

        return changes;
    }

    public static string Group(string cohortId) => $"cohort-{cohortId}";
}
