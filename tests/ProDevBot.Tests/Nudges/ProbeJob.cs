using Quartz;

namespace ProDevBot.Tests.Nudges;

/// <summary>A job that does nothing: the cluster test counts its firings through a listener.</summary>
public sealed class ProbeJob : IJob
{
    public static readonly JobKey Key = new("probe", "cluster-test");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
