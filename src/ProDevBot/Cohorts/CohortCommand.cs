using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Nudges;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>Coach commands: `/prodev cohort add …` and `/prodev cohort list`.</summary>
internal sealed class CohortCommand(ProDevDbContext db, CurriculumCatalog curriculum, TimeProvider clock, INudgeScheduler scheduler, IServiceProvider services) : IProDevSubcommand
{
    public const string AddExample = "/prodev cohort add 2603 module 1 starts 2026-03-02 tz America/Denver";


    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!context.IsCoach)
        {
            return Task.FromResult(Replies.CoachesOnly("`/prodev cohort`"));
        }

        var action = context.Args.Count == 0 ? "list" : context.Args[0].ToLowerInvariant();
        return action switch
        {
            "add" => AddAsync(context, context.Args.Skip(1).ToList(), cancellationToken),
            "list" => ListAsync(cancellationToken),
            _ when services.GetKeyedService<ICohortAction>(action) is { } other =>
                other.HandleAsync(context with { Name = action, Args = [.. context.Args.Skip(1)] }, cancellationToken),
            _ => Task.FromResult(Replies.Mistake(
                $"I don't know `cohort {SlackText.Escape(context.Args[0])}`. Coaches can add, list, link, roster, pause, advance, times or nudge.", AddExample)),
        };
    }

    private async Task<SlackMessage> AddAsync(CommandContext context, List<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0 || !CohortArguments.IsValidId(words[0]))
        {
            return Replies.Mistake("Give the cohort an id of letters, digits, - or _ (up to 32), such as its YYMM start.", AddExample);
        }

        var id = words[0];
        words.RemoveAt(0);
        if (!CohortArguments.TryTakeModule(words, out var module, out var error) || module is null)
        {
            return Replies.Mistake(error ?? "Say which module the cohort is taking: `module 1`.", AddExample);
        }

        if (curriculum.Find(module.Value) is null)
        {
            return Replies.Mistake($"There is no module {module}; the curriculum has modules {string.Join(", ", curriculum.Modules.Select(m => m.Number))}.", AddExample);
        }

        var options = ReadPairs(words);
        if (options.Unknown is { } unknown)
        {
            return Replies.Mistake($"I don't understand `{unknown}`.", AddExample);
        }

        if (options.Starts is null)
        {
            return Replies.Mistake("Say when week 1 starts: `starts YYYY-MM-DD` (a Monday).", AddExample);
        }

        if (!CohortArguments.TryParseStart(options.Starts, out var startsOn, out error))
        {
            return Replies.Mistake(error!, AddExample);
        }

        var zoneName = options.Zone ?? TimeZones.Default;
        if (TimeZones.Find(zoneName) is null)
        {
            return Replies.Mistake($"`{zoneName}` is not an IANA time zone (for example America/Denver, America/New_York, Europe/London).", AddExample);
        }

        if (await db.Cohorts.AsNoTracking().Include(c => c.Pauses).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } existing)
        {
            // A retry after the save went through but scheduling failed: scheduling again is harmless and repairs it.
            await scheduler.ScheduleAsync(existing, cancellationToken);
            return Replies.Text($"Cohort *{id}* already exists: module {existing.Module}, starting {existing.StartsOn:yyyy-MM-dd} ({existing.TimeZone}). " +
                                "Nothing changed; its nudges are scheduled.");
        }

        var cohort = new Cohort
        {
            Id = id,
            Module = module.Value,
            StartsOn = startsOn,
            TimeZone = zoneName,
            CreatedBy = context.UserId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(cancellationToken);
        await scheduler.ScheduleAsync(cohort, cancellationToken);
        return Replies.Text($"Created cohort *{id}*: module {module}, week 1 starts Monday {startsOn:yyyy-MM-dd} ({zoneName}). Students join with `/prodev join {id}`.");
    }

    private async Task<SlackMessage> ListAsync(CancellationToken cancellationToken)
    {
        var cohorts = await db.Cohorts.AsNoTracking()
            .Select(c => new { Cohort = c, Students = c.Enrollments.Count })
            .ToListAsync(cancellationToken);
        if (cohorts.Count == 0)
        {
            return Replies.Mistake("There are no cohorts yet.", AddExample);
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

    private static (string? Starts, string? Zone, string? Unknown) ReadPairs(List<string> words)
    {
        string? starts = null, zone = null;
        for (var i = 0; i < words.Count; i += 2)
        {
            var key = words[i].ToLowerInvariant();
            var value = i + 1 < words.Count ? words[i + 1] : null;
            switch (key)
            {
                case "starts" when value is not null: starts = value; break;
                case "tz" when value is not null: zone = value; break;
                default: return (starts, zone, words[i]);
            }
        }

        return (starts, zone, null);
    }
}
