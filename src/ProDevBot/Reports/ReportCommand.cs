using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;
using Quartz;

namespace ProDevBot.Reports;

/// <summary>
/// `/prodev report [cohort] [week N] [page N] [chart]` for coaches: a line per student (deliverables done of due, checklist
/// items, reflections, networking logs, last activity) with the cohort's totals, 40 students a page.
/// </summary>
internal sealed class ReportCommand(ProDevDbContext db, CohortReports reports, ISchedulerFactory schedulers) : IProDevSubcommand
{
    public const int PageSize = 40;
    public const string Example = "/prodev report 2603 week 3";
    public const string HelpLine = "each student's deliverables, reflections and logs, with totals (paged)";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!ReportArguments.TryParse(context.Args, out var cohortId, out var week, out var page, out var chart, out var error))
        {
            return Replies.Mistake(error!, Example);
        }

        Cohort? cohort;
        if (cohortId is null)
        {
            var all = await db.Cohorts.AsNoTracking().ToListAsync(cancellationToken);
            if (all.Count != 1)
            {
                return Replies.Mistake(all.Count == 0 ? "There are no cohorts yet." : $"Which cohort? {string.Join(", ", all.Select(c => c.Id).Order(StringComparer.Ordinal))}.", Example);
            }

            cohort = all[0];
        }
        else if ((cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken)) is null)
        {
            return Replies.Mistake($"There is no cohort `{SlackText.Escape(cohortId)}`.", Example);
        }

        if (week is > CohortCalendar.WeeksPerModule)
        {
            return Replies.Mistake($"Weeks run 1–{CohortCalendar.WeeksPerModule}.", Example);
        }

        if (chart)
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await scheduler.TriggerJob(ReportChartJob.Key, new JobDataMap
            {
                ["cohort"] = cohort.Id,
                ["channel"] = context.Slack.ChannelId,
                ["response_url"] = context.Slack.ResponseUrl ?? "",
            }, cancellationToken);
            return Replies.Text($"Drawing cohort *{cohort.Id}*'s participation chart; it appears here in a moment.");
        }

        var report = await reports.BuildAsync(cohort, week, cancellationToken);
        var pages = Math.Max(1, (report.Students.Count + PageSize - 1) / PageSize);
        if (page > pages)
        {
            return Replies.Mistake($"The report has {pages} page{(pages == 1 ? "" : "s")}.", $"/prodev report {cohort.Id} page {pages}");
        }

        return Render(report, page, pages);
    }

    private static SlackMessage Render(CohortReport report, int page, int pages)
    {
        var period = report.Week is { } w ? $"week {w}" : $"module {report.Cohort.Module} so far ({report.WeeksSoFar} of 6 weeks)";
        var builder = new MessageBuilder().Header($"Cohort {report.Cohort.Id}: {period}");
        var percent = report.DeliverablesDue == 0 ? "nothing due yet" : $"{100.0 * report.DeliverablesDone / report.DeliverablesDue:0} %";
        builder.Section($"*Totals*: deliverables {report.DeliverablesDone}/{report.DeliverablesDue} done ({percent}), " +
                        $"{report.Reflections} reflections, {report.NetworkingLogs} networking logs, {report.Students.Count} students");
        var zone = CohortCalendar.For(report.Cohort).Zone;
        var lines = report.Students.Skip((page - 1) * PageSize).Take(PageSize).Select(s => Line(s, zone)).ToList();
        builder.Section(lines.Count == 0 ? "No students yet." : string.Join('\n', lines));
        builder.Context(pages > 1
            ? $"Page {page} of {pages}." + (page < pages ? $" Next: `/prodev report {report.Cohort.Id}{(report.Week is { } wk ? $" week {wk}" : "")} page {page + 1}`" : "")
            : "Deliverables: done of due by now · items: checklist items ticked · last: latest activity.");
        return builder.Build($"Cohort {report.Cohort.Id} report, {period}: deliverables {report.DeliverablesDone}/{report.DeliverablesDue}, " +
                             $"{report.Reflections} reflections, {report.NetworkingLogs} logs");
    }

    private static string Line(StudentProgress s, TimeZoneInfo zone) =>
        $"• <@{s.StudentId}>{(s.Paused ? " (paused)" : "")}: deliverables {s.DeliverablesDone}/{s.DeliverablesDue} · items {s.ItemsDone} · " +
        $"reflections {s.Reflections} · logs {s.NetworkingLogs} · last {(s.LastActivity is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("MMM d", CultureInfo.GetCultureInfo("en-US")) : "never")}";
}
