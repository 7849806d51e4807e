using System.Collections.Concurrent;
using Quartz;

namespace ProDevBot.Tests.Nudges;

/// <summary>Records which instance ran which trigger.</summary>
public sealed class FiredTriggers(string instance, ConcurrentBag<(string Instance, string Trigger)> fired) : IJobListener
{
    public string Name => "fired-triggers-" + instance;

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        fired.Add((instance, context.Trigger.Key.Name));
        return ValueTask.CompletedTask;
    }
}
