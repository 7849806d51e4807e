namespace ProDevBot.Curriculum;

/// <summary>Optional practice; the source lists some without a link yet.</summary>
public sealed record SupplementalActivity(string Title, string? Link);
