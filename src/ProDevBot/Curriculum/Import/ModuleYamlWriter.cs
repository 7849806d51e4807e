using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Writes a <see cref="Module"/> in the bot's module-file format. Each key is one entry in a table below
/// and absent values are left out, so a new optional key is one more line.
/// </summary>
internal static class ModuleYamlWriter
{
    public static string Write(Module module, string header)
    {
        ArgumentNullException.ThrowIfNull(module);
        var root = Map(
            ("number", Scalar(module.Number)),
            ("title", Scalar(module.Title)),
            ("summary", Scalar(module.Summary)),
            ("link", Scalar(module.Link)),
            ("learning_goals", List(module.LearningGoals.Select(Scalar))),
            ("targets", Targets(module.Targets)),
            ("outcomes", List(module.Outcomes.Select(o => Map(
                ("competency", Scalar(CurriculumText.Name(o.Competency))),
                ("level", Scalar(o.Level.ToString())),
                ("statements", List(o.Statements.Select(Scalar))))))),
            ("weeks", List(module.Weeks.Select(Week))),
            ("deliverables", List(module.Deliverables.Select(Deliverable))),
            ("supplemental", List(module.Supplemental.Select(s => Map(("title", Scalar(s.Title)), ("link", Scalar(s.Link)))))),
            ("repeat", module.Repeat is { } r ? Map(("summary", Scalar(r.Summary)), ("link", Scalar(r.Link))) : null));

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write(header);
        new YamlStream(new YamlDocument(root)).Save(new Emitter(writer, new EmitterSettings().WithBestWidth(int.MaxValue)), assignAnchors: false);
        return writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
    }

    private static YamlMappingNode Week(Week week) => Map(
        ("number", Scalar(week.Number)),
        ("topic", Scalar(week.Topic)),
        ("summary", Scalar(week.Summary)),
        ("link", Scalar(week.Link)),
        ("group", week.Group == GroupKind.None ? null : Scalar(CurriculumText.Name(week.Group))),
        ("group_topic", Scalar(week.GroupTopic)),
        ("reflection_prompt", Scalar(week.ReflectionPrompt)),
        ("activities", List(week.Activities.Select(a => Map(("title", Scalar(a.Title)), ("detail", Scalar(a.Detail)), ("link", Scalar(a.Link)))))));

    private static YamlMappingNode Deliverable(Deliverable deliverable) => Map(
        ("id", Scalar(deliverable.Id)),
        ("title", Scalar(deliverable.Title)),
        ("description", Scalar(deliverable.Description)),
        ("kind", deliverable.Kind == DeliverableKind.Link ? Scalar("link") : null),
        ("due", Scalar($"EOD {deliverable.Due.Day} of week {deliverable.Due.Week}")),
        ("link", Scalar(deliverable.Link)),
        ("checklist", List(deliverable.Checklist.Select(c => Map(("id", Scalar(c.Id)), ("text", Scalar(c.Text)))))));

    private static YamlMappingNode? Targets(IReadOnlyList<CompetencyTarget> targets) =>
        targets.Count == 0
            ? null
            : Map([.. targets.Select(t => (CurriculumText.Name(t.Competency), (YamlNode?)Scalar(t.From == t.To ? $"{t.To}" : $"{t.From}-{t.To}")))]);

    private static YamlMappingNode Map(params (string Key, YamlNode? Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                map.Add(key, value);
            }
        }

        return map;
    }

    private static YamlSequenceNode? List(IEnumerable<YamlNode?> items)
    {
        var list = items.OfType<YamlNode>().ToList();
        return list.Count == 0 ? null : new YamlSequenceNode(list);
    }

    private static YamlScalarNode? Scalar(string? text) => string.IsNullOrWhiteSpace(text) ? null : new YamlScalarNode(text);

    private static YamlScalarNode Scalar(int number) => new(number.ToString(CultureInfo.InvariantCulture));
}
