using ProDevBot.Curriculum.Import;

namespace ProDevBot.Tests.Curriculum.Import;

/// <summary>
/// A temporary folder holding a copy of the fixture site (so a test may edit it) and the import outputs,
/// with the curriculum verbs run in-process against it.
/// </summary>
internal sealed class ImportWorkspace : IDisposable
{
    public static readonly string FixtureSite = Path.Combine(AppContext.BaseDirectory, "Curriculum", "Import", "FixtureSite");

    public ImportWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "prodev-import-" + Guid.NewGuid().ToString("N"));
        Site = Path.Combine(Root, "site");
        CopyFolder(FixtureSite, Site);
    }

    public string Root { get; }

    public string Site { get; }

    public string Folder(string name) => Path.Combine(Root, name);

    public static CliRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CurriculumCli.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public CliRun Import(string outName, string? mergeName = null) =>
        mergeName is null
            ? Run("import", Site, "--out", Folder(outName))
            : Run("import", Site, "--out", Folder(outName), "--merge", Folder(mergeName));

    public string ReadOutput(string outName, int module) => File.ReadAllText(Path.Combine(Folder(outName), $"module-{module}.yml"));

    public void Edit(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
