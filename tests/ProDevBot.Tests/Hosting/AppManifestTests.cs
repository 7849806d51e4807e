using System.Text.RegularExpressions;
using ProDevBot.Tests.Curriculum;
using YamlDotNet.Serialization;

namespace ProDevBot.Tests.Hosting;

/// <summary>
/// The two committed manifests (HTTP and Socket Mode) hold what Slack requires of a manifest and the same app:
/// limits from https://api.slack.com/reference/manifests, read with a YAML parser as Slack reads them.
/// </summary>
public sealed partial class AppManifestTests
{
    public static TheoryData<string> Manifests => new() { "manifest.yml", "manifest.socket.yml" };

    private static Dictionary<object, object> Load(string file)
    {
        // tests/ProDevBot.Tests → the repository root, where the manifests sit beside ProDevBot.sln.
        var repository = Path.GetDirectoryName(Path.GetDirectoryName(BundledCurriculum.TestsDirectory))!;
        var text = File.ReadAllText(Path.Combine(repository, file));
        return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(text);
    }

    private static object? At(object? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node is Dictionary<object, object> map && map.TryGetValue(key, out var next) ? next : null;
        }

        return node;
    }

    private static List<object> List(object? node) => node as List<object> ?? [];

    private static List<Dictionary<object, object>> Commands(object manifest) =>
        [.. List(At(manifest, "features", "slash_commands")).Cast<Dictionary<object, object>>()];

    [Theory]
    [MemberData(nameof(Manifests))]
    public void HoldsWhatSlackRequiresOfEveryManifest(string file)
    {
        var manifest = Load(file);

        Assert.InRange((At(manifest, "display_information", "name") as string ?? "").Length, 1, 35);
        Assert.InRange((At(manifest, "display_information", "description") as string ?? "").Length, 1, 140);
        Assert.Matches(BotDisplayName(), At(manifest, "features", "bot_user", "display_name") as string ?? "");
        Assert.NotEmpty(Commands(manifest));
        Assert.All(Commands(manifest), c => Assert.Matches(CommandName(), c["command"] as string ?? ""));
        Assert.Contains("commands", List(At(manifest, "oauth_config", "scopes", "bot")));
        Assert.Contains("chat:write", List(At(manifest, "oauth_config", "scopes", "bot")));
        Assert.Contains("mpim:write", List(At(manifest, "oauth_config", "scopes", "bot"))); // group DMs for Wednesday groups
        Assert.Contains("app_home_opened", List(At(manifest, "settings", "event_subscriptions", "bot_events")));
        Assert.Equal("true", At(manifest, "settings", "interactivity", "is_enabled"));
    }

    [Fact]
    public void TheHttpManifestSendsEveryRequestToHttpsUrls()
    {
        var manifest = Load("manifest.yml");

        Assert.Equal("false", At(manifest, "settings", "socket_mode_enabled"));
        Assert.All(Commands(manifest), c => Assert.StartsWith("https://", c.GetValueOrDefault("url") as string, StringComparison.Ordinal));
        Assert.StartsWith("https://", At(manifest, "settings", "event_subscriptions", "request_url") as string, StringComparison.Ordinal);
        Assert.StartsWith("https://", At(manifest, "settings", "interactivity", "request_url") as string, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSocketModeManifestHasNoRequestUrls()
    {
        var manifest = Load("manifest.socket.yml");

        Assert.Equal("true", At(manifest, "settings", "socket_mode_enabled"));
        Assert.All(Commands(manifest), c => Assert.False(c.ContainsKey("url")));
        Assert.Null(At(manifest, "settings", "event_subscriptions", "request_url"));
        Assert.Null(At(manifest, "settings", "interactivity", "request_url"));
    }

    [Fact]
    public void BothManifestsDescribeTheSameCommandsScopesAndEvents()
    {
        var (http, socket) = (Load("manifest.yml"), Load("manifest.socket.yml"));

        Assert.Equal(Commands(http).Select(c => c["command"]), Commands(socket).Select(c => c["command"]));
        Assert.Equal(List(At(http, "oauth_config", "scopes", "bot")), List(At(socket, "oauth_config", "scopes", "bot")));
        Assert.Equal(List(At(http, "settings", "event_subscriptions", "bot_events")), List(At(socket, "settings", "event_subscriptions", "bot_events")));
    }

    [GeneratedRegex("^[a-z0-9._-]{1,80}$")]
    private static partial Regex BotDisplayName();

    [GeneratedRegex("^/[a-z0-9_-]{1,31}$")]
    private static partial Regex CommandName();
}
