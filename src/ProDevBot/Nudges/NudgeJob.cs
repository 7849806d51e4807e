using System.Globalization;
using ProDevBot.Telemetry;
using Quartz;

namespace ProDevBot.Nudges;

/// <summary>
/// What a nudge trigger runs. The trigger carries (cohort, kind, date); the runner reads everything else from the
/// database at fire time, so a trigger that outlived a change to the cohort does no harm.
/// </summary>
internal sealed class NudgeJob(NudgeRunner runner, ProDevMetrics metrics, ILogger<NudgeJob> logger) : IJob
{
    public static readonly JobKey Key = new("nudge", "prodevbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var cohort = data.GetString("cohort")!;
        var kind = Enum.Parse<NudgeKind>(data.GetString("kind")!);
        var date = DateOnly.ParseExact(data.GetString("date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var added = await runner.RunAsync(cohort, kind, date, cancellationToken);
        metrics.NudgeRan(kind.ToString(), added > 0);
        logger.LogInformation("Nudge {Kind} for cohort {Cohort} on {Date}: {Added} messages queued", kind, cohort, date, added);
    }
}
