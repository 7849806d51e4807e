using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProDevBot.Slack;

/// <summary>The one JSON shape Slack speaks: snake_case, nulls left out, unknown fields tolerated.</summary>
public static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// For reading what Slack posts to us: like <see cref="Options"/>, but a JSON null where a record says a value is
    /// never null (<c>actions</c>, <c>action_id</c>, <c>user.id</c>, …) is a malformed payload, not a crash later.
    /// </summary>
    internal static JsonSerializerOptions Inbound { get; } = CreateInbound();

    private static JsonSerializerOptions CreateInbound()
    {
        var options = new JsonSerializerOptions(Options) { RespectNullableAnnotations = true };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
