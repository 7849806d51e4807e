using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ProDevBot.Slack.Routing;

/// <summary>Parses an url-encoded form from the verified body bytes (the request stream is already consumed).</summary>
internal static class SlackForm
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns null when the body is not valid UTF-8 or not a well-formed form.</summary>
    public static Dictionary<string, StringValues>? TryParse(byte[] body)
    {
        try
        {
            using var reader = new FormReader(StrictUtf8.GetString(body));
            return reader.ReadForm();
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The first value of a field, or null when absent or empty.</summary>
    public static string? Field(Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var values) && !StringValues.IsNullOrEmpty(values) && values[0] is { Length: > 0 } value
            ? value
            : null;
}
