using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Privacy;

/// <summary>
/// Everything the bot keeps about one user, as readable mrkdwn. Always the caller's own id: nothing here takes a
/// user id from what someone typed.
/// </summary>
public sealed class PersonalDataExport(ProDevDbContext db, CurriculumCatalog curriculum)
{
    // The export keeps every check-off, including those for items the curriculum has since dropped, and says so.
    private const string Dropped = " (no longer in the curriculum)";

    public sealed record Result(IReadOnlyList<string> Sections, string Summary);

    public async Task<Result> BuildAsync(string userId, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.AsNoTracking().Include(e => e.Cohort).ThenInclude(c => c!.Pauses)
            .FirstOrDefaultAsync(e => e.StudentId == userId, cancellationToken);
        var deliverables = await db.DeliverableCompletions.AsNoTracking().Where(c => c.StudentId == userId).ToListAsync(cancellationToken);
        var items = await db.ChecklistItemCompletions.AsNoTracking().Where(c => c.StudentId == userId).ToListAsync(cancellationToken);
        var reflections = await db.Reflections.AsNoTracking().Where(r => r.StudentId == userId).ToListAsync(cancellationToken);
        var logs = await db.NetworkingActivities.AsNoTracking().Where(a => a.StudentId == userId).ToListAsync(cancellationToken);
        var visit = await db.HomeVisits.AsNoTracking().FirstOrDefaultAsync(v => v.UserId == userId, cancellationToken);

        var parts = new List<string> { "*Your ProDev data*" };
        parts.Add(enrollment is null
            ? "*Cohort*\nNot in a cohort."
            : $"*Cohort*\n{enrollment.CohortId}" +
              (enrollment.Cohort is { } c ? $", module {c.Module}, starts {Day(c.StartsOn)}, times in {c.TimeZone}" : "") +
              $"\nJoined {At(enrollment.JoinedAt)} ({enrollment.Source})" +
              $"\nPaused until: {(enrollment.PausedUntil is { } p ? (p == DateOnly.MaxValue ? "you resume" : Day(p)) : "not paused")}" +
              $"\nNudges turned off: {(enrollment.MutedNudges == 0 ? "none" : enrollment.MutedNudges.ToString())}" +
              (enrollment.Cohort is { Pauses.Count: > 0 } paused
                  ? "\nCohort breaks: " + string.Join(", ", paused.Pauses.OrderBy(x => x.From).Select(x => $"{Day(x.From)}–{Day(x.To)}"))
                  : ""));
        parts.Add("*Deliverables marked done*\n" + Lines(deliverables.OrderBy(d => d.Module).ThenBy(d => d.DeliverableId),
            d => $"• Module {d.Module} `{d.DeliverableId}` on {At(d.CompletedAt)}" + (d.Url is null ? "" : $": {Escape(d.Url)}") +
                 (curriculum.Find(d.Module)?.FindDeliverable(d.DeliverableId) is null ? Dropped : "")));
        parts.Add("*Checklist items ticked*\n" + Lines(items.OrderBy(i => i.Module).ThenBy(i => i.DeliverableId).ThenBy(i => i.ItemId),
            i => $"• Module {i.Module} `{i.DeliverableId}` / `{i.ItemId}` on {At(i.CompletedAt)}" +
                 (curriculum.Find(i.Module)?.HasChecklistItem(i.DeliverableId, i.ItemId) == true ? "" : Dropped)));
        parts.Add($"*Reflections ({reflections.Count})*");
        parts.AddRange(reflections.OrderBy(r => r.Module).ThenBy(r => r.Week).Select(r =>
            $"*Module {r.Module}, week {r.Week}* (written {At(r.CreatedAt)}, updated {At(r.UpdatedAt)})\n_Prompt:_ {Escape(r.Prompt)}\n{Escape(r.Text)}"));
        parts.Add($"*Networking logs ({logs.Count})*");
        parts.AddRange(logs.OrderBy(l => l.OccurredOn).ThenBy(l => l.Id).Select(l =>
            $"• {Day(l.OccurredOn)}, module {l.Module}, {l.Kind}: {Escape(l.ContactName)}" +
            string.Concat(new[] { l.ContactRole, l.ContactCompany }.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => ", " + Escape(x!))) +
            $"\n  Learned: {Escape(l.Learned)}" +
            (l.GoalsLink is null ? "" : $"\n  Goals: {Escape(l.GoalsLink)}") +
            (l.FollowUpOn is { } f ? $"\n  Follow up on {Day(f)}" : "")));
        parts.Add("*Home tab*\n" + (visit is null ? "Never opened." : $"First opened {At(visit.FirstOpenedAt)}, last {At(visit.LastOpenedAt)}"));

        var summary = $"cohort {enrollment?.CohortId ?? "none"}, {deliverables.Count} deliverables and {items.Count} checklist items done, " +
                      $"{reflections.Count} reflections, {logs.Count} networking logs";
        return new Result([.. parts.SelectMany(p => SlackText.Chunk(p, SlackLimits.SectionText))], summary);
    }

    private static string Lines<T>(IEnumerable<T> rows, Func<T, string> line)
    {
        var text = string.Join('\n', rows.Select(line));
        return text.Length == 0 ? "None." : text;
    }

    private static string Escape(string text) => SlackText.Escape(text);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string At(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
