using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.WebApi;
using Quartz;

namespace ProDevBot.Reports;

/// <summary>
/// Draws a cohort's per-week completion and uploads it where the coach asked. Runs as a job because rendering and
/// Slack's three-step upload take longer than a slash command's 3 seconds.
/// </summary>
internal sealed class ReportChartJob(ProDevDbContext db, CohortReports reports, ISlackApi slack, ILogger<ReportChartJob> logger) : IJob
{
    public static readonly JobKey Key = new("report-chart", "prodevbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == data.GetString("cohort"), cancellationToken);
        if (cohort is null)
        {
            return;
        }

        var weeks = await reports.WeeklyCompletionAsync(cohort, cancellationToken);
        var title = $"Cohort {cohort.Id}: deliverables done per week";
        var png = ParticipationChart.RenderPng(title, weeks);
        try
        {
            await slack.UploadFileAsync(new FileUpload($"cohort-{cohort.Id}-participation.png", title, png, data.GetString("channel"),
                weeks.Count == 0 ? "Nothing has been due yet." : $"Weeks 1–{weeks[^1].Week.ToString(CultureInfo.InvariantCulture)}, share of due deliverables done."), cancellationToken);
        }
        catch (SlackApiException error)
        {
            logger.LogWarning("Chart for cohort {Cohort} not uploaded: {Error}", cohort.Id, error.Error);
            if (data.GetString("response_url") is { } url)
            {
                await slack.PostToResponseUrlAsync(new Uri(url), SlackMessage.Ephemeral(
                    $"I couldn't post the chart here ({error.Error}). In a channel, invite me first with `/invite @prodevbot`."), cancellationToken);
            }
        }
    }
}
