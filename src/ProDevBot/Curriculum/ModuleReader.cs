namespace ProDevBot.Curriculum;

/// <summary>Maps one module file's YAML onto the <see cref="Module"/> record, validating as it goes.</summary>
internal static class ModuleReader
{
    public static readonly string[] ModuleKeys =
        ["number", "title", "summary", "link", "learning_goals", "targets", "outcomes", "weeks", "deliverables", "supplemental", "repeat"];

    public static Module Read(YamlMap root)
    {
        var number = root.RequiredInt("number");
        if (number < 1)
        {
            throw root.Error(root.Child("number"), root.Node("number")!, $"module number must be 1 or more, not {number}");
        }

        return new Module(
            number,
            root.RequiredString("title"),
            root.OptionalString("summary") ?? string.Empty,
            root.OptionalLink("link"),
            root.Strings("learning_goals"),
            WeekReader.Read(root),
            DeliverableReader.Read(root),
            ReadTargets(root),
            ReadOutcomes(root),
            root.Maps("supplemental", "title", "link")
                .Select(s => new SupplementalActivity(s.RequiredString("title"), s.OptionalLink("link")))
                .ToList(),
            root.OptionalMap("repeat", "summary", "link") is { } repeat
                ? new RepeatPlan(repeat.RequiredString("summary"), repeat.OptionalLink("link"))
                : null);
    }

    // Written as a mapping ("Networking: II", "Negotiations: I-II") so a competency cannot appear twice.
    private static List<CompetencyTarget> ReadTargets(YamlMap root)
    {
        if (root.OptionalMap("targets", knownKeys: null) is not { } targets)
        {
            return [];
        }

        var result = new List<CompetencyTarget>();
        foreach (var (key, path, keyNode, value) in targets.Entries())
        {
            var competency = CurriculumVocabulary.Competency(key)
                ?? throw root.Error(path, keyNode, UnknownCompetency(key));
            var span = CurriculumVocabulary.LevelSpan(value)
                ?? throw root.Error(path, keyNode, UnknownLevel(value));
            if (span.From > span.To)
            {
                throw root.Error(path, keyNode, $"level span '{value}' runs backwards; write the lower level first");
            }

            result.Add(new CompetencyTarget(competency, span.From, span.To));
        }

        return result;
    }

    private static List<OutcomeGroup> ReadOutcomes(YamlMap root)
    {
        var result = new List<OutcomeGroup>();
        foreach (var group in root.Maps("outcomes", "competency", "level", "statements"))
        {
            var competencyText = group.RequiredString("competency");
            var competency = CurriculumVocabulary.Competency(competencyText)
                ?? throw group.Error(group.Child("competency"), group.Node("competency")!, UnknownCompetency(competencyText));
            var levelText = group.RequiredString("level");
            var level = CurriculumVocabulary.Level(levelText)
                ?? throw group.Error(group.Child("level"), group.Node("level")!, UnknownLevel(levelText));
            if (result.Any(o => o.Competency == competency && o.Level == level))
            {
                throw group.Error(group.Path, group.Node("competency")!, $"duplicate outcome group for {competency} level {level}");
            }

            var statements = group.Strings("statements");
            if (statements.Count == 0)
            {
                throw group.Missing("statements");
            }

            result.Add(new OutcomeGroup(competency, level, statements));
        }

        return result;
    }

    public static string UnknownCompetency(string text) =>
        $"unknown competency '{text}'; expected one of {CurriculumVocabulary.Names<Competency>()}";

    public static string UnknownLevel(string text) => $"unknown level '{text}'; expected I, II or III (or a span such as I-II)";
}
