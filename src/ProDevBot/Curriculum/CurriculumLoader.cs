using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProDevBot.Curriculum;

/// <summary>
/// Loads and validates the curriculum: one YAML file per module. Any problem throws a
/// <see cref="CurriculumException"/> naming the file, the path inside it and the reason, so a bad
/// edit stops start-up instead of showing students something wrong.
/// </summary>
public static class CurriculumLoader
{
    /// <summary>Where the bundled module files are copied at build time.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "curriculum");

    /// <summary>Reads every <c>*.yml</c> file in <paramref name="directory"/>.</summary>
    public static CurriculumCatalog Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new CurriculumException(directory, null, null, "curriculum folder not found");
        }

        // Sorted so that "duplicate module" messages do not depend on the file system's order.
        var files = Directory.GetFiles(directory, "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8)))
            .ToList();
        if (files.Count == 0)
        {
            throw new CurriculumException(directory, null, null, "no module files (*.yml) found in the curriculum folder");
        }

        return LoadFrom(files);
    }

    /// <summary>Parses module files already in memory; each file name only labels error messages.</summary>
    public static CurriculumCatalog LoadFrom(IEnumerable<(string FileName, string Yaml)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var modules = new List<Module>();
        var sources = new Dictionary<int, string>();
        foreach (var (fileName, yaml) in files)
        {
            var root = Parse(fileName, yaml);
            var module = ModuleReader.Read(root);
            if (!sources.TryAdd(module.Number, fileName))
            {
                throw root.Error(root.Child("number"), root.Node("number")!, $"duplicate module number {module.Number}; {sources[module.Number]} already defines it");
            }

            modules.Add(module);
        }

        if (modules.Count == 0)
        {
            throw new CurriculumException("curriculum", null, null, "no module files (*.yml) found");
        }

        return new CurriculumCatalog(modules.OrderBy(m => m.Number).ToList());
    }

    private static YamlMap Parse(string fileName, string yaml)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            throw new CurriculumException(fileName, null, e.Start.Line, $"YAML syntax error: {WithoutPosition(e.Message)}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet 18 throws this, not a YamlException, for input that ends inside a "[" or "{".
            throw new CurriculumException(fileName, null, scanner.CurrentPosition.Line, "YAML syntax error: the file ends inside an unclosed [ or {", e);
        }

        return stream.Documents.Count switch
        {
            0 => throw new CurriculumException(fileName, null, null, "the file is empty; it should describe one module"),
            1 => new YamlMap(fileName, string.Empty, stream.Documents[0].RootNode, ModuleReader.ModuleKeys),
            _ => throw new CurriculumException(fileName, null, stream.Documents[1].RootNode.Start.Line, "one module per file, but this file has several YAML documents"),
        };
    }

    // YamlDotNet starts its messages with "(Line: 3, Col: 5, Idx: …) - (…): "; our message gives the line itself.
    private static string WithoutPosition(string message)
    {
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && end >= 0 ? message[(end + 3)..] : message;
    }
}
