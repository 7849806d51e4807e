namespace ProDevBot.Curriculum;

/// <summary>The readiness a module aims for in one competency; From &lt; To for a span such as "Levels I–II".</summary>
public sealed record CompetencyTarget(Competency Competency, Level From, Level To);
