namespace ProDevBot.Tests.Curriculum;

/// <summary>Finds the curriculum YAML in the source tree, so tests read what is committed, not a stale copy.</summary>
internal static class BundledCurriculum
{
    public static string SourceDirectory { get; } = Path.Combine(RepoRoot(), "src", "ProDevBot", "Curriculum", "Content");

    /// <summary>The test project's source folder, where committed fixtures live.</summary>
    public static string TestsDirectory { get; } = Path.Combine(RepoRoot(), "tests", "ProDevBot.Tests");

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProDevBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ProDevBot.sln not found above " + AppContext.BaseDirectory);
    }
}
