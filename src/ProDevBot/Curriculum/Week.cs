namespace ProDevBot.Curriculum;

/// <summary>One week of a module: its topic, what to do, and which Wednesday group meets.</summary>
public sealed record Week(
    int Number,
    string Topic,
    string Summary,
    string? Link,
    IReadOnlyList<Activity> Activities,
    GroupKind Group,
    string? GroupTopic);
