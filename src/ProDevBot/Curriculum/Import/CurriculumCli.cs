namespace ProDevBot.Curriculum.Import;

/// <summary>
/// The <c>curriculum</c> verbs, run from the command line before any web host exists:
/// <c>curriculum import &lt;site folder&gt; --out &lt;folder&gt; [--merge &lt;folder&gt;]</c> and
/// <c>curriculum check &lt;folder&gt; [--site &lt;site folder&gt;]</c>. Exit codes: 0 valid, 1 problems, 2 usage.
/// </summary>
public static class CurriculumCli
{
    public const int Valid = 0;
    public const int Problems = 1;
    public const int UsageError = 2;

    public const string Usage =
        "usage: curriculum import <site folder> --out <folder> [--merge <folder>]\n"
        + "       curriculum check <folder> [--site <site folder>]";

    /// <summary>Runs a <c>curriculum …</c> command line; false (and nothing done) for any other arguments.</summary>
    public static bool TryRun(string[] args, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(args);
        exitCode = Valid;
        if (args.Length == 0 || args[0] != "curriculum")
        {
            return false;
        }

        exitCode = Run(args[1..], Console.Out, Console.Error);
        return true;
    }

    /// <summary>Runs the verb in <paramref name="args"/> (without the leading "curriculum").</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var verb = args.Count > 0 ? args[0] : null;
        var options = CliArguments.Parse(args.Skip(1), verb == "import" ? ["--out", "--merge"] : ["--site"]);
        string? problem = (verb, options) switch
        {
            (not ("import" or "check"), _) => verb is null ? "no verb given" : $"unknown verb '{verb}'",
            (_, { Problem: { } p }) => p,
            ("import", { Positional: null }) => "give the site folder",
            ("import", _) when options.Value("--out") is null => "give the output folder with --out",
            ("check", { Positional: null }) => "give the folder of module files",
            _ => MissingFolder(verb == "import" ? [options.Positional, options.Value("--merge")] : [options.Positional, options.Value("--site")]),
        };
        if (problem is not null)
        {
            error.WriteLine($"curriculum: {problem}");
            error.WriteLine(Usage);
            return UsageError;
        }

        return verb == "import"
            ? ImportCommand.Run(options.Positional!, options.Value("--out")!, options.Value("--merge"), output, error)
            : CheckCommand.Run(options.Positional!, options.Value("--site"), output, error);
    }

    // `dotnet run --project src/ProDevBot` runs in the project folder, so say where a relative path was looked for.
    private static string? MissingFolder(string?[] folders) =>
        folders.FirstOrDefault(f => f is not null && !Directory.Exists(f)) is { } missing
            ? $"folder '{missing}' not found (looked in {Path.GetFullPath(missing)}; relative paths start from the working folder, {Environment.CurrentDirectory})"
            : null;
}
