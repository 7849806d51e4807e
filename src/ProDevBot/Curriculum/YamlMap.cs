using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ProDevBot.Curriculum;

/// <summary>
/// A YAML mapping together with where it is (file and path), so every read can fail with a message
/// that points at the exact spot. It rejects keys the schema does not know: a typo must not vanish.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;

    // knownKeys: the schema's keys; null for a mapping keyed by data (targets keyed by competency).
    public YamlMap(string file, string path, YamlNode node, string[]? knownKeys)
    {
        File = file;
        Path = path;
        this.node = node as YamlMappingNode ?? throw Error(path, node, "expected a mapping of keys to values");
        if (knownKeys is not null)
        {
            RejectUnknownKeys(knownKeys);
        }
    }

    public string File { get; }

    public string Path { get; }

    public long Line => node.Start.Line;

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public CurriculumException Error(string path, YamlNode at, string reason) => new(File, path, at.Start.Line, reason);

    public CurriculumException Missing(string key) => new(File, Child(key), Line, $"required field '{key}' is missing");

    public YamlNode? Node(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public string? OptionalString(string key) => Node(key) is { } value ? Text(Child(key), value) : null;

    public string RequiredString(string key) => OptionalString(key) ?? throw Missing(key);

    public int RequiredInt(string key)
    {
        var value = Node(key) ?? throw Missing(key);
        var text = Text(Child(key), value);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(Child(key), value, $"expected a whole number, not '{text}'");
    }

    public string? OptionalLink(string key)
    {
        var link = OptionalString(key);
        if (link is not null && !IsLink(link))
        {
            throw Error(Child(key), Node(key)!, $"link '{link}' must be a site-relative path starting with '/' or an absolute http(s) URL");
        }

        return link;
    }

    public YamlMap? OptionalMap(string key, params string[]? knownKeys) =>
        Node(key) is { } value ? new YamlMap(File, Child(key), value, knownKeys) : null;

    /// <summary>The raw entries, for mappings keyed by data (e.g. targets keyed by competency).</summary>
    public IEnumerable<(string Key, string Path, YamlNode KeyNode, string Value)> Entries()
    {
        foreach (var (key, value) in node.Children)
        {
            var name = Text(Path, key);
            yield return (name, Child(name), key, Text(Child(name), value));
        }
    }

    public IReadOnlyList<YamlMap> Maps(string key, params string[] knownKeys) =>
        Items(key).Select(item => new YamlMap(File, item.Path, item.Node, knownKeys)).ToList();

    public IReadOnlyList<string> Strings(string key) =>
        Items(key).Select(item => Text(item.Path, item.Node)).ToList();

    private List<(string Path, YamlNode Node)> Items(string key)
    {
        if (Node(key) is not { } value)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw Error(Child(key), value, "expected a list");
        }

        return sequence.Children.Select((item, i) => ($"{Child(key)}[{i}]", item)).ToList();
    }

    /// <summary>A non-empty scalar, checked for mis-decoded characters students must never see.</summary>
    private string Text(string path, YamlNode value)
    {
        if (value is not YamlScalarNode { Value: { } text })
        {
            throw Error(path, value, "expected text, not a list or mapping");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Error(path, value, "must not be empty");
        }

        if (Mojibake.Find(text) is { } sequence)
        {
            throw Error(path, value, $"text contains the mis-decoded sequence '{sequence}' (mojibake); save the file as UTF-8 and fix the characters");
        }

        return text.Trim();
    }

    private void RejectUnknownKeys(string[] knownKeys)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
            if (!knownKeys.Contains(name, StringComparer.Ordinal))
            {
                throw Error(Child(name), key, $"unknown key '{name}'; expected one of {string.Join(", ", knownKeys)}");
            }
        }
    }

    // "key:", "key: ~" and "key: null" all mean "no value" in YAML; quoted "null" stays text.
    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static bool IsLink(string link) =>
        (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
