using Microsoft.Net.Http.Headers;

namespace ProDevBot.Slack.Routing;

/// <summary>Content-type checks that accept what Slack sends: any case, with or without <c>; charset=utf-8</c>.</summary>
internal static class SlackContentType
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";

    public static bool Is(string? contentType, string expectedMediaType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(expectedMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The body is decoded as UTF-8; a request claiming another charset is refused rather than misread.
        var charset = HeaderUtilities.RemoveQuotes(parsed.Charset);
        return charset.Length == 0
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
