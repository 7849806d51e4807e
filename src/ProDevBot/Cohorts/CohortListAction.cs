using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>`/prodev cohort list` (and `/prodev cohort` alone): every cohort with its module, start, zone, size and week.</summary>
internal sealed class CohortListAction(ProDevDbContext db, TimeProvider clock) : IProDevSubcommand
{
    public const string Example = "/prodev cohort list";
    public const string HelpLine = "every cohort, its module, week and size";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) => ListAsync(cancellationToken);

    private async Task<SlackMessage> ListAsync(CancellationToken cancellationToken)
    {
        var cohorts = await db.Cohorts.AsNoTracking()
            .Select(c => new { Cohort = c, Students = c.Enrollments.Count })
            .ToListAsync(cancellationToken);
        if (cohorts.Count == 0)
        {
            return Replies.Mistake("There are no cohorts yet.", CohortAddAction.Example);
        }

        var now = clock.GetUtcNow();
        var builder = new MessageBuilder().Header("Cohorts");
        var lines = cohorts
            .OrderByDescending(c => c.Cohort.StartsOn).ThenBy(c => c.Cohort.Id, StringComparer.Ordinal)
            .Select(c => $"• *{c.Cohort.Id}*: module {c.Cohort.Module}, starts {c.Cohort.StartsOn:yyyy-MM-dd} ({c.Cohort.TimeZone}), " +
                         $"{c.Students.ToString(CultureInfo.InvariantCulture)} student{(c.Students == 1 ? "" : "s")}, {Describe(CohortCalendar.For(c.Cohort).WeekAt(now))}");
        builder.Section(string.Join('\n', lines));
        return builder.Build($"{cohorts.Count} cohorts");
    }

    private static string Describe(ModuleWeek week) => week.Status switch
    {
        ModuleWeekStatus.NotStarted => "not started",
        ModuleWeekStatus.Over => "module over",
        _ => $"week {week.Week}",
    };
}
