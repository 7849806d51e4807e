using System.Globalization;

namespace ProDevBot.SlackPacing;

/// <summary>
/// One 429 pause as instances tell it each other: the method and the instant it ends, in Unix milliseconds
/// (<c>users.info 1773248405000</c>). Anything else on the channel is ignored, never trusted.
/// </summary>
internal sealed record SlackPauseNotice(string Method, DateTimeOffset Until)
{
    /// <summary>The cluster notice channel pauses travel on.</summary>
    public const string Channel = "slack_pauses";

    private static readonly long MinMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long MaxMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Method} {Until.ToUnixTimeMilliseconds()}");

    public static bool TryParse(string? payload, out SlackPauseNotice notice)
    {
        notice = null!;
        var space = payload?.LastIndexOf(' ') ?? -1;
        if (payload is null || space <= 0)
        {
            return false;
        }

        var method = payload[..space];
        if (!method.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_')
            || !long.TryParse(payload.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds < MinMilliseconds || milliseconds > MaxMilliseconds)
        {
            return false;
        }

        notice = new SlackPauseNotice(method, DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));
        return true;
    }
}
