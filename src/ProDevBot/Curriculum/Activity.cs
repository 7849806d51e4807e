namespace ProDevBot.Curriculum;

/// <summary>Something a student does in a week (kickoff, async lesson, exit ticket, application step).</summary>
public sealed record Activity(string Title, string? Detail, string? Link);
