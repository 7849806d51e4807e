using System.Text.Json;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// JSON may escape half a surrogate pair (<c>"\ud800"</c>); it parses, but reading it as a string throws. Checked once
/// at the door, so no handler trips over it later: such a payload is malformed and refused with a 400.
/// </summary>
internal static class ReadableJson
{
    /// <summary>True when every string and property name in <paramref name="element"/> reads as valid UTF-16.</summary>
    public static bool Check(JsonElement element)
    {
        try
        {
            Visit(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Recursion is bounded: the reader refuses documents nested deeper than 64.
    private static void Visit(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Visit(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item);
                }

                break;
        }
    }
}
