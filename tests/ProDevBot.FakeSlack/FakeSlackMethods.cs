using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProDevBot.FakeSlack;

/// <summary>Slack's successful answers (https://api.slack.com/methods), shaped like the real ones.</summary>
internal sealed class FakeSlackMethods(FakeSlackSettings settings, FakeSlackFiles files)
{
    private readonly ConcurrentDictionary<string, string> _viewIds = new(StringComparer.Ordinal);
    private long _ts = 1_700_000_000_000_000;
    private long _views;

    /// <summary>The answer object, or an error code for ok:false.</summary>
    public (JsonObject? Answer, string? Error) Answer(string method, JsonElement body)
    {
        string? Get(string name) =>
            body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v)
                ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
                : null;

        switch (method)
        {
            case "chat.postMessage" or "chat.update" or "chat.postEphemeral":
                var channel = Get("channel");
                if (string.IsNullOrEmpty(channel))
                {
                    return (null, "channel_not_found");
                }

                if (string.IsNullOrEmpty(Get("text")) && Get("blocks") is null)
                {
                    return (null, "no_text");
                }

                // Slack posts a message sent to a user id into the app's DM with that user and answers with the DM's id.
                if (method == "chat.postMessage" && channel.Length > 1 && channel[0] is 'U' or 'W')
                {
                    channel = "D" + channel[1..];
                }

                var ts = method == "chat.update" ? Get("ts") ?? NextTs() : NextTs();
                return method == "chat.postEphemeral"
                    ? (new JsonObject { ["message_ts"] = ts }, null)
                    : (new JsonObject
                    {
                        ["channel"] = channel,
                        ["ts"] = ts,
                        ["message"] = new JsonObject { ["type"] = "message", ["text"] = Get("text"), ["ts"] = ts },
                    }, null);

            case "auth.test":
                return (new JsonObject
                {
                    ["url"] = "https://turing.slack.com/", ["team"] = "Turing", ["user"] = "prodevbot",
                    ["team_id"] = "T0TEAM0001", ["user_id"] = "U0BOTUSER1", ["bot_id"] = "B0BOT00001",
                }, null);

            case "conversations.open":
                return OpenConversation(Get("users"));

            case "conversations.members":
                var start = int.TryParse(Get("cursor"), CultureInfo.InvariantCulture, out var c) ? c : 0;
                var limit = int.TryParse(Get("limit"), CultureInfo.InvariantCulture, out var l) && l > 0 ? l : 100;
                var roster = settings.RosterOf(Get("channel"));
                var page = roster.Skip(start).Take(limit).ToArray();
                var next = start + page.Length < roster.Count ? (start + page.Length).ToString(CultureInfo.InvariantCulture) : "";
                return (new JsonObject
                {
                    ["members"] = new JsonArray([.. page.Select(m => JsonValue.Create(m))]),
                    ["response_metadata"] = new JsonObject { ["next_cursor"] = next },
                }, null);

            case "users.info":
                var user = Get("user");
                return string.IsNullOrEmpty(user)
                    ? (null, "user_not_found")
                    : (new JsonObject
                    {
                        ["user"] = new JsonObject
                        {
                            ["id"] = user, ["is_bot"] = settings.BotUsers.Contains(user), ["deleted"] = false,
                            ["tz"] = settings.UserTimeZones.GetValueOrDefault(user, settings.DefaultTimeZone), ["real_name"] = "Fake " + user,
                        },
                    }, null);

            case "views.open" or "views.push" or "views.update" or "views.publish":
                return body.TryGetProperty("view", out var view) && view.ValueKind == JsonValueKind.Object
                    ? (new JsonObject { ["view"] = View(method, view, Get("view_id")) }, null)
                    : (null, "invalid_arguments");

            case "files.getUploadURLExternal":
                return files.GetUploadUrl(Get("filename"), Get("length"));

            case "files.completeUploadExternal":
                return files.Complete(body, Get("channel_id"), Get("initial_comment"));

            default:
                return (null, "unknown_method");
        }
    }

    private JsonObject View(string method, JsonElement view, string? viewId)
    {
        var node = JsonNode.Parse(view.GetRawText())!.AsObject();
        var externalId = node["external_id"]?.GetValue<string>();
        var id = viewId ?? (externalId is not null ? _viewIds.GetOrAdd(externalId, _ => NewViewId()) : NewViewId());
        node["id"] = id;
        node["hash"] = $"{method}-{Interlocked.Increment(ref _views)}";
        return node;
    }

    /// <summary>
    /// conversations.open with <c>users</c> as Slack answers it: one user is their DM (D…), 2–8 users one multi-person
    /// DM (G…), the same for the same people in any order; more than 8 is <c>too_many_users</c>, none
    /// <c>users_list_not_supplied</c>, an id that is not a user <c>user_not_found</c>.
    /// </summary>
    private static (JsonObject? Answer, string? Error) OpenConversation(string? users)
    {
        var ids = (users ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return (null, "users_list_not_supplied");
        }

        if (ids.Count > 8)
        {
            return (null, "too_many_users");
        }

        if (ids.Any(id => id.Length < 2 || (id[0] != 'U' && id[0] != 'W') || !id.All(char.IsAsciiLetterOrDigit)))
        {
            return (null, "user_not_found");
        }

        var id = ids.Count == 1
            ? "D" + ids[0].TrimStart('U', 'W')
            : "G" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(',', ids.Order(StringComparer.Ordinal)))))[..10];
        return (new JsonObject { ["channel"] = new JsonObject { ["id"] = id } }, null);
    }

    private string NewViewId() => $"V{Interlocked.Increment(ref _views):D8}";

    private string NextTs()
    {
        var micros = Interlocked.Increment(ref _ts);
        return $"{micros / 1_000_000}.{micros % 1_000_000:D6}";
    }
}
