using System.Globalization;

namespace ProDevBot.Deliverables;

/// <summary>
/// The newest click applied to one deliverable's check-offs, by Slack's <c>action_ts</c>. A click older than it arrived
/// late (Slack sends a class's clicks in parallel, and retries) and is dropped instead of undoing the newer state.
/// </summary>
public sealed class DeliverableClick
{
    public required string StudentId { get; init; }
    public int Module { get; init; }
    public required string DeliverableId { get; init; }

    /// <summary><c>action_ts</c> in microseconds since the Unix epoch.</summary>
    public long ActionTs { get; set; }

    /// <summary>Reads Slack's "1700000001.000200" (seconds, then up to six digits of fraction) as microseconds.</summary>
    public static long? ParseActionTs(string? actionTs)
    {
        var parts = (actionTs ?? "").Split('.');
        if (parts.Length is < 1 or > 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 100_000_000_000)
        {
            return null;
        }

        var fraction = parts.Length == 2 ? parts[1] : "0";
        return fraction.Length is > 0 and <= 6 && long.TryParse(fraction.PadRight(6, '0'), NumberStyles.None, CultureInfo.InvariantCulture, out var micros)
            ? (seconds * 1_000_000) + micros
            : null;
    }
}
