using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Overview;

/// <summary>
/// A module at a glance: overview, key learning goals, target levels, weeks, deliverables with their due points (real
/// dates for the student's own cohort module), supplemental activities and the plan for repeating it, each with its
/// link into the curriculum site.
/// </summary>
public sealed class ModuleMessage(CurriculumLinks links)
{
    public SlackMessage Build(ModuleScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var module = scope.Module;
        var builder = new MessageBuilder().Header($"Module {module.Number}: {Title(module)}");
        builder.Section(Joined(SlackText.Escape(module.Summary), Link(module.Link, "The module page on the curriculum site")));
        Bullets(builder, "Key learning goals", module.LearningGoals.Select(SlackText.Escape));
        if (module.Targets.Count > 0)
        {
            builder.Section("*Target levels*\n" + string.Join(" · ", module.Targets.Select(t => $"{CurriculumText.Name(t.Competency)} {CurriculumText.Levels(t)}")) +
                            $"\nThe outcomes behind them: `/prodev outcomes module {module.Number}`");
        }

        Bullets(builder, "Weeks", module.Weeks.OrderBy(w => w.Number).Select(w => $"Week {w.Number}: {SlackText.Link(links.Resolve(w.Link), w.Topic)}"));
        var deliverables = module.Deliverables.OrderBy(d => d.Due.Week).ThenBy(d => d.Due.Day)
            .Select(d => $"{SlackText.Link(links.Resolve(d.Link), d.Title)}: {DueText.For(d.Due, scope.Calendar)}")
            .ToList();
        Bullets(builder, "Deliverables", deliverables);
        Bullets(builder, "Supplemental activities", module.Supplemental.Select(s => SlackText.Link(links.Resolve(s.Link), s.Title)));
        if (module.Repeat is { } repeat)
        {
            builder.Section("*Repeating the module*\n" + Joined(SlackText.Escape(repeat.Summary), Link(repeat.Link, "The repeat plan")));
        }

        builder.Context(scope.Cohort is null
            ? $"`/prodev week 1 module {module.Number}` for a week's plan. Real dates show for your own cohort's module."
            : $"Cohort {scope.Cohort.Id} · dates in {scope.Calendar!.Zone.Id} · `/prodev week` for this week, `/prodev deliverables` to check work off");
        var fallback = $"Module {module.Number}: {Title(module)}. " + (deliverables.Count == 0
            ? "No deliverables listed."
            : "Deliverables: " + string.Join("; ", module.Deliverables.OrderBy(d => d.Due.Week).ThenBy(d => d.Due.Day)
                .Select(d => $"{d.Title}, {DueText.For(d.Due, scope.Calendar)}")));
        return builder.Build(fallback);
    }

    // Titles read "Mod 2: Resume and connections"; the header already says "Module 2".
    private static string Title(Module module)
    {
        var colon = module.Title.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && module.Title.StartsWith("Mod", StringComparison.OrdinalIgnoreCase) ? module.Title[(colon + 1)..].Trim() : module.Title;
    }

    private string? Link(string? link, string label) => links.Resolve(link) is { } url ? SlackText.Link(url, label) : null;

    private static string Joined(params string?[] lines) => string.Join('\n', lines.Where(l => !string.IsNullOrWhiteSpace(l)));

    private static void Bullets(MessageBuilder builder, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count > 0)
        {
            builder.Section($"*{title}*\n" + string.Join('\n', items.Select(l => $"• {l}")));
        }
    }
}
