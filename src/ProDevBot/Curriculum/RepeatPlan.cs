namespace ProDevBot.Curriculum;

/// <summary>What a student repeating the module does instead of the workshops.</summary>
public sealed record RepeatPlan(string Summary, string? Link);
