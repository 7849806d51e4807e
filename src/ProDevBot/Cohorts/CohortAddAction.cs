using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Nudges;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Cohorts;

/// <summary>`/prodev cohort add &lt;id&gt; module &lt;n&gt; starts &lt;Monday&gt; [tz &lt;zone&gt;]`: creates a cohort and schedules its nudges.</summary>
internal sealed class CohortAddAction(ProDevDbContext db, CurriculumCatalog curriculum, TimeProvider clock, INudgeScheduler scheduler) : IProDevSubcommand
{
    public const string Example = "/prodev cohort add 2603 module 1 starts 2026-03-02 tz America/Denver";
    public const string HelpLine = "create a cohort; the date is the Monday of week 1, the zone defaults to America/Denver";

    public Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AddAsync(context, [.. context.Args], cancellationToken);
    }

    private async Task<SlackMessage> AddAsync(CommandContext context, List<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0 || !CohortArguments.IsValidId(words[0]))
        {
            return Replies.Mistake("Give the cohort an id of letters, digits, - or _ (up to 32), such as its YYMM start.", Example);
        }

        var id = words[0];
        words.RemoveAt(0);
        if (!CohortArguments.TryTakeModule(words, out var module, out var error) || module is null)
        {
            return Replies.Mistake(error ?? "Say which module the cohort is taking: `module 1`.", Example);
        }

        if (curriculum.Find(module.Value) is null)
        {
            return Replies.Mistake($"There is no module {module}; the curriculum has modules {string.Join(", ", curriculum.Modules.Select(m => m.Number))}.", Example);
        }

        var options = ReadPairs(words);
        if (options.Unknown is { } unknown)
        {
            return Replies.Mistake($"I don't understand `{unknown}`.", Example);
        }

        if (options.Starts is null)
        {
            return Replies.Mistake("Say when week 1 starts: `starts YYYY-MM-DD` (a Monday).", Example);
        }

        if (!CohortArguments.TryParseStart(options.Starts, out var startsOn, out error))
        {
            return Replies.Mistake(error!, Example);
        }

        var zoneName = options.Zone ?? TimeZones.Default;
        if (TimeZones.Find(zoneName) is null)
        {
            return Replies.Mistake($"`{zoneName}` is not an IANA time zone (for example America/Denver, America/New_York, Europe/London).", Example);
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
