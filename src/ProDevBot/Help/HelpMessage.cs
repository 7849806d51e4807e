using ProDevBot.Commands;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Help;

/// <summary>
/// Every `/prodev` command this user may use, with an example, built from the registrations (so a new feature's
/// command appears by being registered); coaches also get the coach-only ones. Also the answer to an unknown word.
/// </summary>
public static class HelpMessage
{
    public static SlackMessage Build(string command, string? unknown, SubcommandRegistry registry, bool isCoach)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var lines = registry.Entries.SelectMany(Lines).ToList();
        var builder = new MessageBuilder();
        if (unknown is not null)
        {
            builder.Section($"I don't know `{SlackText.Escape(Shorten(unknown))}`. Here is what I can do:");
        }

        builder.Header("ProDevBot commands");
        foreach (var section in Sections(command, null, lines.Where(l => !l.CoachOnly)))
        {
            builder.Section(section);
        }

        foreach (var section in isCoach ? Sections(command, "*For coaches*", lines.Where(l => l.CoachOnly)) : [])
        {
            builder.Section(section);
        }

        var words = registry.Entries.Where(e => e.Group is null && !e.Subcommand.CoachOnly).Select(e => e.Subcommand.Word);
        return builder.Build(unknown is null
            ? $"ProDevBot commands: {command} {string.Join(", ", words)}."
            : $"I don't know '{Shorten(unknown)}'. Try {command} help.");
    }

    /// <summary>An example as typed after the slash command: a leading "/prodev " (any slash command) is dropped.</summary>
    public static string ExampleText(string example)
    {
        ArgumentNullException.ThrowIfNull(example);
        return example.StartsWith('/') && example.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? example[(space + 1)..] : example;
    }

    private static IEnumerable<HelpExample> Lines(SubcommandEntry entry)
    {
        var coachOnly = entry.Subcommand.CoachOnly;
        return entry.Subcommand.MoreExamples
            .Select(more => more with { CoachOnly = more.CoachOnly || coachOnly })
            .Prepend(new HelpExample(entry.Subcommand.Example, entry.Subcommand.HelpLine, coachOnly));
    }

    // As many lines as fit in a section (Slack's 3000 characters), then the next section: the list grows with features.
    private static List<string> Sections(string command, string? title, IEnumerable<HelpExample> lines)
    {
        var sections = new List<string>();
        var current = title ?? "";
        foreach (var line in lines.Select(l => $"`{command} {ExampleText(l.Example)}`: {l.HelpLine}"))
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > SlackLimits.SectionText)
            {
                sections.Add(current);
                current = "";
            }

            current = current.Length == 0 ? line : current + "\n" + line;
        }

        if (current.Length > 0 && current != title)
        {
            sections.Add(current);
        }

        return sections;
    }

    private static string Shorten(string text) => SlackText.Truncate(text, 40);
}
