namespace ProDevBot.Curriculum;

public sealed record ChecklistItem(string Id, string Text);
