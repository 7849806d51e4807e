using System.Text.Json;

namespace ProDevBot.FakeSlack;

/// <summary>One request FakeSlack answered: the method (or <c>response_url</c>), the bearer token presented
/// (null when none), the body as JSON (a form becomes an object of strings), when it arrived, and the answer.</summary>
public sealed record FakeSlackCall(string Method, string? Token, JsonElement Body, DateTimeOffset At, int Status, string? Error)
{
    /// <summary>A top-level string field of the body, e.g. <c>channel</c>.</summary>
    public string? Field(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The outbox idempotency key carried in <c>metadata.event_payload.key</c>, if any.</summary>
    public string? IdempotencyKey =>
        Body.ValueKind == JsonValueKind.Object
        && Body.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
        && metadata.TryGetProperty("event_payload", out var payload) && payload.ValueKind == JsonValueKind.Object
        && payload.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String
            ? key.GetString()
            : null;
}
