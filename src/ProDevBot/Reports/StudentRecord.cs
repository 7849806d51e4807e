using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Reports;

/// <summary>One student's record for a coach: deliverables, reflections, networking logs, pauses and settings.</summary>
public sealed class StudentRecord(ProDevDbContext db, CurriculumCatalog curriculum, TimeProvider clock)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public async Task<SlackMessage> BuildAsync(string studentId, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.AsNoTracking().Include(e => e.Cohort).FirstOrDefaultAsync(e => e.StudentId == studentId, cancellationToken);
        if (enrollment?.Cohort is not { } cohort || curriculum.Find(cohort.Module) is not { } module)
        {
            return new MessageBuilder().Section($"<@{studentId}> is not in a cohort.").Build("Not in a cohort");
        }

        var week = CohortCalendar.For(cohort).WeekAt(clock.GetUtcNow());
        var done = await db.DeliverableCompletions.AsNoTracking().Where(c => c.StudentId == studentId && c.Module == module.Number)
            .ToDictionaryAsync(c => c.DeliverableId, cancellationToken);
        var ticked = await db.ChecklistItemCompletions.AsNoTracking().Where(c => c.StudentId == studentId && c.Module == module.Number)
            .Select(c => new { c.DeliverableId, c.ItemId }).ToListAsync(cancellationToken);
        var items = ticked.Count(i => module.HasChecklistItem(i.DeliverableId, i.ItemId));

        // Check-offs of items the curriculum has since dropped: named for the coach, never counted.
        var dropped = done.Keys.Where(id => module.FindDeliverable(id) is null).Order(StringComparer.Ordinal).ToList();
        var reflections = await db.Reflections.AsNoTracking().Where(r => r.StudentId == studentId && r.Module == module.Number).OrderBy(r => r.Week).ToListAsync(cancellationToken);
        var logs = await db.NetworkingActivities.AsNoTracking().Where(a => a.StudentId == studentId && a.Module == module.Number).OrderByDescending(a => a.OccurredOn).ToListAsync(cancellationToken);

        var status = week.Status switch
        {
            ModuleWeekStatus.NotStarted => "not started",
            ModuleWeekStatus.Over => "module over",
            _ => $"week {week.Week}",
        };
        var paused = enrollment.PausedUntil switch
        {
            null => "",
            { } d when d == DateOnly.MaxValue => " · nudges paused",
            { } d => $" · nudges paused through {d:yyyy-MM-dd}",
        };
        var muted = enrollment.MutedNudges == 0 ? "" : $" · muted: {enrollment.MutedNudges}";
        var builder = new MessageBuilder()
            .Section($"*<@{studentId}>*, cohort {cohort.Id}, module {module.Number}, {status}{paused}{muted}")
            .Section("*Deliverables*\n" + string.Join('\n', module.Deliverables.Select(d =>
                $"{(done.TryGetValue(d.Id, out var c) ? "✅" : "▫️")} {SlackText.Escape(d.Title)} (due {d.Due})" +
                (c?.Url is { } url ? $": {SlackText.Link(url, "link")}" : ""))) + $"\n{items} checklist items ticked" +
                (dropped.Count == 0 ? "" : $"\nAlso checked off, no longer in the curriculum: {string.Join(", ", dropped.Select(id => $"`{id}`"))}"))
            .Section("*Reflections*\n" + (reflections.Count == 0 ? "none yet" : string.Join('\n', reflections.Select(r =>
                $"• week {r.Week}: {SlackText.Escape(SlackText.Truncate(r.Text.ReplaceLineEndings(" "), 150))}"))))
            .Section($"*Networking logs*: {logs.Count}\n" + string.Join('\n', logs.Take(5).Select(a =>
                $"• {a.OccurredOn.ToString("MMM d", English)}: {SlackText.Escape(a.ContactName)}{(a.ContactCompany is { } co ? $" ({SlackText.Escape(co)})" : "")}, {a.Kind}")));
        var doneNow = module.Deliverables.Count(d => done.ContainsKey(d.Id));
        return builder.Build($"Record of {studentId}: {doneNow}/{module.Deliverables.Count} deliverables, {reflections.Count} reflections, {logs.Count} logs");
    }
}
