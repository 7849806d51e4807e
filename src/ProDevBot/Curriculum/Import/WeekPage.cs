namespace ProDevBot.Curriculum.Import;

/// <summary>What the importer takes from a week page: its title and the due phrases of its due-date sections.</summary>
internal sealed record WeekPage(string Name, int Week, string? Title, IReadOnlyList<WeekPageDue> Dues);
