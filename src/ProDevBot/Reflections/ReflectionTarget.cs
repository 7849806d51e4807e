using System.Globalization;

namespace ProDevBot.Reflections;

/// <summary>Which reflection a modal is about, carried in its private_metadata as <c>module:week</c>.</summary>
public sealed record ReflectionTarget(int Module, int Week)
{
    public string ToMetadata() => string.Create(CultureInfo.InvariantCulture, $"{Module}:{Week}");

    public static ReflectionTarget? Parse(string? metadata)
    {
        var parts = (metadata ?? "").Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var module)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
                ? new ReflectionTarget(module, week)
                : null;
    }
}
