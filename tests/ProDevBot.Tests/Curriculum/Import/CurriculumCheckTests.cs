using System.Diagnostics;

namespace ProDevBot.Tests.Curriculum.Import;

public sealed class CurriculumCheckTests : IDisposable
{
    private readonly ImportWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void PassesAnImportWhoseLinksAllResolveInTheSite()
    {
        _workspace.Import("out");

        var run = ImportWorkspace.Run("check", _workspace.Folder("out"), "--site", _workspace.Site);

        Assert.Equal(0, run.Exit);
        Assert.Contains("site-relative links resolve to pages", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void FindsADeadSiteLinkAndNamesTheFileAndPlace()
    {
        _workspace.Import("out");
        _workspace.Edit("out/module-1.yml", "link: /module_one/mod1_week2\n", "link: /module_one/mod1_week2#lesson\n");
        _workspace.Edit("out/module-1.yml", "  link: /module_one/reading_list\n", "  link: /module_one/gone\n");

        var run = ImportWorkspace.Run("check", _workspace.Folder("out"), "--site", _workspace.Site);

        Assert.Equal(1, run.Exit);
        Assert.Contains("module-1.yml: supplemental[0].link: '/module_one/gone' is no page in", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("mod1_week2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsWhatStartUpWouldReportForABadFile()
    {
        _workspace.Import("out");
        _workspace.Edit("out/module-2.yml", "due: EOD Friday of week 2", "due: EOD Sunday of week 2");

        var run = ImportWorkspace.Run("check", _workspace.Folder("out"));

        Assert.Equal(1, run.Exit);
        Assert.Contains("module-2.yml: deliverables[0].due (line", run.Error, StringComparison.Ordinal);
        Assert.Contains("falls on a Sunday", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "no verb given")]
    [InlineData(new[] { "publish" }, "unknown verb 'publish'")]
    [InlineData(new[] { "import", "site" }, "give the output folder with --out")]
    [InlineData(new[] { "import", "site", "--out" }, "option '--out' needs a folder after it")]
    [InlineData(new[] { "check", "folder", "--merge", "x" }, "unknown option '--merge'")]
    public void AnswersAUsageMistakeWithTheUsageLineAndExitTwo(string[] args, string problem)
    {
        var run = ImportWorkspace.Run(args);

        Assert.Equal(2, run.Exit);
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
        Assert.Contains("usage: curriculum import <site folder> --out <folder>", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesWhereAMissingFolderWasLookedFor()
    {
        var run = ImportWorkspace.Run("import", "no-such-site", "--out", _workspace.Folder("out"));

        Assert.Equal(2, run.Exit);
        Assert.Contains($"folder 'no-such-site' not found (looked in {Path.GetFullPath("no-such-site")}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunsThroughTheBotsEntryPointWithoutAHostOrSecrets()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ProDevBot.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "curriculum", "import", _workspace.Site, "--out", _workspace.Folder("out") })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("Slack__SigningSecret");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production"; // the web host would refuse to start here without a secret
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Module 1: 3 weeks, 6 deliverables", await output, StringComparison.Ordinal);
        Assert.Empty(await error);
        Assert.True(File.Exists(Path.Combine(_workspace.Folder("out"), "module-1.yml")));
    }
}
