using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Groups;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Home;

/// <summary>
/// The Home tab: a welcome on the first visit (or while the user is in no cohort), then where the student's
/// module stands, the next Wednesday group, deliverables, networking logs, recent reflections and two buttons.
/// </summary>
public static class HomeView
{
    public const string ReflectAction = "open_reflect";
    public const string LogAction = "open_log";

    public static SlackViewDefinition Build(HomeSnapshot home, CurriculumLinks links)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(links);
        var builder = new MessageBuilder(SlackLimits.ViewBlocks).Header("ProDev");
        if (home.FirstVisit || home.Cohort is null)
        {
            Welcome(builder, home.Cohort is null);
        }

        if (home is { Cohort: { } cohort, Module: { } module })
        {
            Student(builder, home, cohort, module, links);
        }
        else if (home.Cohort is { } unknown)
        {
            builder.Section($"Your cohort {unknown.Id} is in module {unknown.Module}, which this curriculum does not have yet.");
        }

        return SlackViewDefinition.Home(builder.BuildBlocks());
    }

    private static void Welcome(MessageBuilder builder, bool needsCohort)
    {
        builder.Section("*Welcome to ProDevBot!* I bring the ProDev curriculum into Slack: each week's plan, the " +
                        "Wednesday group, deadlines with real dates, and a place for your reflections and networking logs.");
        if (needsCohort)
        {
            builder.Section("*Join your cohort* with `/prodev join <cohort id>` (your coach has the id). Until then you " +
                            "can browse any module, e.g. `/prodev module 1` or `/prodev week 1 module 1`.");
        }

        builder.Section("*Main commands*\n" +
                        "`/prodev module`: your module at a glance: goals, deliverables, links\n" +
                        "`/prodev week`: this week's topic, activities, group and deadlines\n" +
                        "`/prodev deliverables`: your module's work and due dates\n" +
                        "`/prodev done <deliverable id>`: mark one done\n" +
                        "`/prodev export`: everything the bot keeps about you · `/prodev forget-me`: delete it\n" +
                        "`/prodev help`: every command");
        builder.Divider();
    }

    private static void Student(MessageBuilder builder, HomeSnapshot home, Cohort cohort, Module module, CurriculumLinks links)
    {
        var calendar = CohortCalendar.For(cohort);
        var at = calendar.WeekAt(home.Now);
        builder.Section(at.Status switch
        {
            ModuleWeekStatus.NotStarted => $"*Module {module.Number}* starts {LocalTimes.Day(calendar.StartsOn)}.",
            ModuleWeekStatus.Over => $"*Module {module.Number}* is over (it ended {LocalTimes.Day(calendar.EndsOn)}).",
            _ => $"*Module {module.Number} · Week {at.Week}*: {module.FindWeek(at.Week)?.Topic ?? "no plan listed for this week"}",
        });
        builder.Context($"Cohort {cohort.Id} · times in {calendar.Zone.Id}");
        builder.Section($"Type `/prodev module` for the module at a glance: its goals, every deliverable with its date, and links." +
                        (links.Resolve(module.Link) is { } page ? $"\n{SlackText.Link(page, $"Module {module.Number} on the curriculum site")}" : ""));
        builder.Section("*Next Wednesday group*\n" + NextGroup(module, calendar, home.Now) + (home.NextGroup is { } group ? $"\n{GroupText.ForStudent(group)}" : ""));

        var done = module.Deliverables.Count(d => home.DoneDeliverables.Contains(d.Id));
        builder.Section($"*Deliverables: {done} of {module.Deliverables.Count} done*\n" + string.Join('\n', module.Deliverables.Select(d =>
            $"{(home.DoneDeliverables.Contains(d.Id) ? "✅" : "⬜")} {SlackText.Escape(d.Title)} (`{d.Id}`), due {DueText.For(d.Due, calendar)}")));
        builder.Section($"*Networking logs this module:* {home.NetworkingLogs}");
        builder.Section("*Recent reflections*\n" + (home.RecentReflections.Count == 0
            ? "None yet."
            : string.Join('\n', home.RecentReflections.Select(r => $"• Module {r.Module}, week {r.Week}: {SlackText.Escape(FirstLine(r.Text))}"))));
        builder.Actions(
            ButtonElement.Create("Write a reflection", ReflectAction) with { Style = "primary" },
            ButtonElement.Create("Log networking", LogAction));
    }

    /// <summary>The first week whose Wednesday group has not ended yet; null when none is left this module.</summary>
    public static Curriculum.Week? NextGroupWeek(Module module, CohortCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(calendar);
        return module.Weeks.OrderBy(w => w.Number).FirstOrDefault(w => w.Group != GroupKind.None && calendar.GroupEndsAt(w.Number) > now);
    }

    private static string NextGroup(Module module, CohortCalendar calendar, DateTimeOffset now)
    {
        var next = NextGroupWeek(module, calendar, now);
        if (next is null)
        {
            return "No more groups this module.";
        }

        var name = CurriculumText.Name(next.Group) + (next.GroupTopic is null ? "" : $" ({next.GroupTopic})");
        return $"{name}, {LocalTimes.Day(calendar.GroupDate(next.Number))}, " +
               $"{LocalTimes.Time(calendar.GroupStartsAt(next.Number), calendar.Zone)}–{LocalTimes.Time(calendar.GroupEndsAt(next.Number), calendar.Zone)}";
    }

    private static string FirstLine(string text)
    {
        var line = text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return SlackText.Truncate(line, 150);
    }
}
