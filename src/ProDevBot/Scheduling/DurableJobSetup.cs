using Quartz;

namespace ProDevBot.Scheduling;

/// <summary>On start, stores every feature's <see cref="DurableJob"/> (replacing an older definition) and runs its follow-up.</summary>
internal sealed class DurableJobSetup(IEnumerable<DurableJob> jobs, ISchedulerFactory schedulers, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var job in jobs)
        {
            await scheduler.AddJob(JobBuilder.Create().OfType(job.JobType).WithIdentity(job.Key).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken);
            if (job.Then is { } then)
            {
                await then(scheduler, clock, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
