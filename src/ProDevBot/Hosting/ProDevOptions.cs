namespace ProDevBot.Hosting;

/// <summary>The "ProDev" configuration section.</summary>
public sealed class ProDevOptions
{
    public const string Section = "ProDev";

    /// <summary>Slack user ids (U… or W…) allowed to run coach commands.</summary>
    public IReadOnlyList<string> Coaches { get; set; } = [];

    public bool IsCoach(string userId) => Coaches.Contains(userId, StringComparer.Ordinal);
}
