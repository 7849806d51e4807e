namespace ProDevBot.Calendar;

/// <summary>One Wednesday group as a calendar shows it: its name ("Homeroom 2") and its meeting link, if it has one.</summary>
public sealed record CalendarGroup(string Name, string? Room);
