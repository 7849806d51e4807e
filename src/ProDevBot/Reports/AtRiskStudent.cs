namespace ProDevBot.Reports;

public sealed record AtRiskStudent(string StudentId, IReadOnlyList<string> Reasons);
