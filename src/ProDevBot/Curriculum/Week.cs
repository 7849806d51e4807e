namespace ProDevBot.Curriculum;

/// <summary>One week of a module: its topic, what to do, and which Wednesday group meets.</summary>
public sealed record Week(
    int Number,
    string Topic,
    string Summary,
    string? Link,
    IReadOnlyList<Activity> Activities,
    GroupKind Group,
    string? GroupTopic)
{
    /// <summary>The question the week's reflection asks (at most 2000 characters); null when the week has none.</summary>
    public string? ReflectionPrompt { get; init; }

    /// <summary>The group's own page (site-relative or absolute), such as the week's Mix It Up prompts; optional.</summary>
    public string? GroupLink { get; init; }
}
