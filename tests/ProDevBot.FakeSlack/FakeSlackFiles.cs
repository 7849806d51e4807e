using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProDevBot.FakeSlack;

/// <summary>
/// Slack's external upload flow (https://api.slack.com/messaging/files#uploading_files): files.getUploadURLExternal
/// hands out <c>/upload/{file_id}</c> on this server, that URL stores the bytes, files.completeUploadExternal shares
/// only files whose bytes arrived.
/// </summary>
internal sealed class FakeSlackFiles
{
    private readonly ConcurrentDictionary<string, PendingFile> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeSlackUpload> _uploads = new();
    private long _next;

    /// <summary>The server's root (scheme, host, port), known once it listens.</summary>
    public Uri? Root { get; set; }

    public IReadOnlyList<FakeSlackUpload> Uploads => [.. _uploads];

    public (JsonObject? Answer, string? Error) GetUploadUrl(string? fileName, string? length)
    {
        if (string.IsNullOrEmpty(fileName) || !int.TryParse(length, CultureInfo.InvariantCulture, out var size) || size <= 0)
        {
            // Slack's own answer to a missing name or a zero length.
            return (null, "missing_argument");
        }

        var id = $"F{Interlocked.Increment(ref _next):D10}";
        _pending[id] = new PendingFile(fileName, null);
        return (new JsonObject { ["upload_url"] = new Uri(Root!, $"/upload/{id}").ToString(), ["file_id"] = id }, null);
    }

    /// <summary>Stores the bytes posted to an upload URL; false when the URL names no file this server handed out.</summary>
    public bool Receive(string fileId, byte[] bytes)
    {
        while (_pending.TryGetValue(fileId, out var file))
        {
            if (_pending.TryUpdate(fileId, file with { Bytes = bytes }, file))
            {
                return true;
            }
        }

        return false;
    }

    public (JsonObject? Answer, string? Error) Complete(JsonElement body, string? channelId, string? comment)
    {
        // JSON bodies carry files as an array; form bodies as a JSON string, as Slack's SDKs send it.
        if (!body.TryGetProperty("files", out var files))
        {
            return (null, "invalid_arguments");
        }

        JsonElement list;
        try
        {
            list = files.ValueKind == JsonValueKind.String ? JsonDocument.Parse(files.GetString()!).RootElement : files;
        }
        catch (JsonException)
        {
            return (null, "invalid_arguments");
        }

        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return (null, "invalid_arguments");
        }

        var refs = list.EnumerateArray()
            .Select(f => (Id: f.TryGetProperty("id", out var id) ? id.GetString() : null, Title: f.TryGetProperty("title", out var t) ? t.GetString() : null))
            .ToArray();
        if (refs.Any(r => r.Id is null || !_pending.TryGetValue(r.Id, out var pending) || pending.Bytes is null))
        {
            return (null, "file_not_found");
        }

        var answer = new JsonArray();
        foreach (var (id, title) in refs)
        {
            // A second completion of the same file lost the race: Slack has already shared it.
            if (!_pending.TryRemove(id!, out var file))
            {
                return (null, "file_not_found");
            }

            _uploads.Enqueue(new FakeSlackUpload(id!, file!.Name, file.Bytes!, title, channelId, comment));
            answer.Add(new JsonObject { ["id"] = id, ["title"] = title ?? file.Name, ["name"] = file.Name, ["size"] = file.Bytes!.Length });
        }

        return (new JsonObject { ["files"] = answer }, null);
    }

    private sealed record PendingFile(string Name, byte[]? Bytes);
}
