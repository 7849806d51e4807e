using Quartz;

namespace ProDevBot.Scheduling;

/// <summary>
/// A Quartz job a feature owns, stored durably at start-up (so its triggers can name it), with an optional step
/// after (a recurring trigger of its own, say).
/// </summary>
public sealed record DurableJob(Type JobType, JobKey Key, Func<IScheduler, TimeProvider, CancellationToken, Task>? Then = null);
