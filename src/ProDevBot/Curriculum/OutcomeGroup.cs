namespace ProDevBot.Curriculum;

/// <summary>The SIAT ("student is able to") statements for one competency at one level.</summary>
public sealed record OutcomeGroup(Competency Competency, Level Level, IReadOnlyList<string> Statements);
