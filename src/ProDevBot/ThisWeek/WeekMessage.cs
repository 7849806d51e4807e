using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Groups;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.ThisWeek;

/// <summary>Builds the week reply: topic, activities, Wednesday group and what is due, with dates when a cohort applies.</summary>
public sealed class WeekMessage(CurriculumLinks links)
{
    // group: the student's own group that week, once a coach has formed it.
    public SlackMessage Build(ModuleScope scope, Week week, StudentGroupInfo? group = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(week);
        var module = scope.Module;
        var builder = new MessageBuilder()
            .Header($"Module {module.Number} · Week {week.Number}: {week.Topic}")
            .Section(Summary(week));

        if (week.Activities.Count > 0)
        {
            builder.Section("*This week*\n" + string.Join('\n', week.Activities.Select(Activity)));
        }

        var meeting = Group(scope, week, links);
        builder.Section($"*Wednesday group*\n{meeting}" + (group is null ? "" : $"\n{GroupText.ForStudent(group)}"));

        var due = module.Deliverables.Where(d => d.Due.Week == week.Number).ToList();
        builder.Section("*Due this week*\n" + (due.Count == 0
            ? "Nothing is due this week." + NextDue(module, week, scope, links)
            : string.Join('\n', due.Select(d => $"• {SlackText.Link(links.Resolve(d.Link), d.Title)}: {DueText.For(d.Due, scope.Calendar)}"))));

        builder.Context(scope.Cohort is null
            ? $"Module {module.Number}, week {week.Number} of {CohortCalendar.WeeksPerModule}. Real dates show for your own cohort's module."
            : $"Cohort {scope.Cohort.Id} · week {week.Number} of {CohortCalendar.WeeksPerModule} · times in {scope.Calendar!.Zone.Id}");

        var fallback = $"Module {module.Number}, week {week.Number}: {week.Topic}. Group: {Plain(meeting).TrimEnd('.')}" + (group is null ? "" : $" ({GroupText.Plain(group)})") + ". Due: " +
                       (due.Count == 0 ? "nothing" : string.Join("; ", due.Select(d => $"{d.Title} {DueText.For(d.Due, scope.Calendar)}")));
        return builder.Build(fallback);
    }

    private string Summary(Week week)
    {
        var link = links.Resolve(week.Link);
        return link is null ? week.Summary : $"{week.Summary}\n{SlackText.Link(link, "Read the full week on the curriculum site")}";
    }

    private string Activity(Activity activity)
    {
        var title = SlackText.Link(links.Resolve(activity.Link), activity.Title);
        return activity.Detail is null ? $"• {title}" : $"• {title}: {activity.Detail}";
    }

    private static string Group(ModuleScope scope, Week week, CurriculumLinks links)
    {
        // "Listed": a week without a group in the files is one the curriculum names no group for, which is not
        // always the same as a week without one.
        if (week.Group == GroupKind.None)
        {
            return "No Wednesday group is listed for this week.";
        }

        var name = SlackText.Link(links.Resolve(week.GroupLink), CurriculumText.Name(week.Group)) + (week.GroupTopic is null ? "" : $" ({week.GroupTopic})");
        if (scope.Calendar is not { } calendar)
        {
            return $"{name}, Wednesday 1:00–2:00 pm Mountain Time.";
        }

        var starts = calendar.GroupStartsAt(week.Number);
        var ends = calendar.GroupEndsAt(week.Number);
        return $"{name}, {LocalTimes.Day(calendar.GroupDate(week.Number))}, " +
               $"{LocalTimes.Time(starts, calendar.Zone)}–{LocalTimes.Time(ends, calendar.Zone)}.";
    }

    // The fallback text is plain: no bold and no <url|label> links.
    private static string Plain(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(markdown.Replace("*", "", StringComparison.Ordinal), "<[^|>]*\\|([^>]*)>", "$1");

    // A quiet week still points at what comes next (Module 3's week 5 works toward Monday of week 6).
    private static string NextDue(Module module, Week week, ModuleScope scope, CurriculumLinks links)
    {
        var next = module.Deliverables.Where(d => d.Due.Week > week.Number)
            .OrderBy(d => d.Due.Week).ThenBy(d => d.Due.Day).ToList();
        if (next.Count == 0)
        {
            return string.Empty;
        }

        var first = next[0].Due;
        var items = next.TakeWhile(d => d.Due == first).Select(d => SlackText.Link(links.Resolve(d.Link), d.Title));
        return $" Next due, {DueText.For(first, scope.Calendar)}: {string.Join(", ", items)}.";
    }
}
