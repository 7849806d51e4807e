namespace ProDevBot.Curriculum;

/// <summary>Reads a module's <c>weeks</c> list. A module may have none yet (Modules 3 and 4 today).</summary>
internal static class WeekReader
{
    public const int MaxPromptLength = 2000;

    public static List<Week> Read(YamlMap root)
    {
        var weeks = new List<Week>();
        foreach (var week in root.Maps("weeks", "number", "topic", "summary", "link", "group", "group_topic", "group_link", "activities", "reflection_prompt"))
        {
            var number = week.RequiredInt("number");
            if (number < 1 || number > DuePointParser.WeeksPerModule)
            {
                throw week.Error(week.Child("number"), week.Node("number")!, $"week number {number} is outside the module; weeks run 1 to {DuePointParser.WeeksPerModule}");
            }

            if (weeks.Any(w => w.Number == number))
            {
                throw week.Error(week.Child("number"), week.Node("number")!, $"duplicate week number {number}");
            }

            var group = ReadGroup(week);
            weeks.Add(new Week(
                number,
                week.RequiredString("topic"),
                week.OptionalString("summary") ?? string.Empty,
                week.OptionalLink("link"),
                week.Maps("activities", "title", "detail", "link")
                    .Select(a => new Activity(a.RequiredString("title"), a.OptionalString("detail"), a.OptionalLink("link")))
                    .ToList(),
                group,
                week.OptionalString("group_topic"))
            {
                ReflectionPrompt = ReadPrompt(week),
                GroupLink = ReadGroupLink(week, group),
            });
        }

        return weeks;
    }

    // The prompt becomes a modal label, which Slack caps at 2000 characters; cutting it would change the question.
    private static string? ReadPrompt(YamlMap week)
    {
        var prompt = week.OptionalString("reflection_prompt");
        return prompt is { Length: > MaxPromptLength }
            ? throw week.Error(week.Child("reflection_prompt"), week.Node("reflection_prompt")!, $"reflection prompt is {prompt.Length} characters; at most {MaxPromptLength} fit a Slack label")
            : prompt;
    }

    // A link to the group's page (e.g. the week's Mix It Up prompts) only makes sense when a group meets.
    private static string? ReadGroupLink(YamlMap week, GroupKind group)
    {
        var link = week.OptionalLink("group_link");
        return link is not null && group == GroupKind.None
            ? throw week.Error(week.Child("group_link"), week.Node("group_link")!, "group_link is set but the week has no group; add 'group' or remove the link")
            : link;
    }

    // No "group" key means no Wednesday group that week, as in week 6.
    private static GroupKind ReadGroup(YamlMap week)
    {
        if (week.OptionalString("group") is not { } text)
        {
            return GroupKind.None;
        }

        return CurriculumVocabulary.Group(text)
            ?? throw week.Error(week.Child("group"), week.Node("group")!, $"unknown group kind '{text}'; expected Homeroom, Mix It Up or None");
    }
}
