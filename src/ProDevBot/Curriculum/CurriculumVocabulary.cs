namespace ProDevBot.Curriculum;

/// <summary>
/// The curriculum's words for competencies, levels, groups and kinds, as people write them in YAML
/// ("Job Search Strategies", "Mix It Up", "I-II"). Enum.TryParse is not used because it also
/// accepts numbers and comma lists, which would let a typo through.
/// </summary>
internal static class CurriculumVocabulary
{
    public static Competency? Competency(string text) => Match<Competency>(text);

    public static GroupKind? Group(string text) => Match<GroupKind>(text);

    public static DeliverableKind? Kind(string text) => Match<DeliverableKind>(text);

    public static Level? Level(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("Level ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["Level ".Length..].Trim();
        }

        return trimmed.ToUpperInvariant() switch
        {
            "I" => ProDevBot.Curriculum.Level.I,
            "II" => ProDevBot.Curriculum.Level.II,
            "III" => ProDevBot.Curriculum.Level.III,
            _ => null,
        };
    }

    /// <summary>A single level ("II") or a span ("I-II", "I–II"); null when either end is unknown.</summary>
    public static (Level From, Level To)? LevelSpan(string text)
    {
        var parts = text.Split(['-', '–'], 2);
        var from = Level(parts[0]);
        var to = parts.Length == 2 ? Level(parts[1]) : from;
        return from is null || to is null ? null : (from.Value, to.Value);
    }

    public static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>().Select(Spaced));

    private static TEnum? Match<TEnum>(string text)
        where TEnum : struct, Enum
    {
        var key = Squash(text);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Squash(value.ToString()), key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static string Squash(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_').ToArray());

    // "JobSearchStrategies" -> "Job Search Strategies", the way the curriculum writes it.
    private static string Spaced(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));
}
