using ProDevBot.Curriculum;

namespace ProDevBot.Tests.Curriculum;

public class ModuleFileValidationTests
{
    [Fact]
    public void LoadsTheValidTestModule()
    {
        var module = CurriculumLoader.LoadFrom([(TestModuleYaml.FileName, TestModuleYaml.Valid)]).Find(9)!;

        Assert.Equal("Test module", module.Title);
        Assert.Null(module.FindWeek(2)!.Link);
        Assert.Equal(new CompetencyTarget(Competency.JobSearchStrategies, Level.I, Level.II), module.Targets[1]);
    }

    [Theory]
    [InlineData("title: Test: module", 2)]
    [InlineData("title: [Test module", 2)]
    [InlineData("title: Test module\n bad indent: here", 3)]
    public void RejectsYamlSyntaxErrorWithTheLine(string brokenTitle, int line)
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("title: Test module", brokenTitle));

        Assert.StartsWith($"{TestModuleYaml.FileName}: line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("YAML syntax error: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= line, $"line {error.Line} in: {error.Message}");
    }

    [Fact]
    public void RejectsDuplicateModuleNumberAcrossFiles()
    {
        var error = Assert.Throws<CurriculumException>(() =>
            CurriculumLoader.LoadFrom([("a.yml", TestModuleYaml.Valid), ("b.yml", TestModuleYaml.Valid)]));

        Assert.StartsWith("b.yml: number (line 1): ", error.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate module number 9; a.yml already defines it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsFolderWithNoModuleFiles()
    {
        var folder = Directory.CreateTempSubdirectory("curriculum-empty-");
        try
        {
            var error = Assert.Throws<CurriculumException>(() => CurriculumLoader.Load(folder.FullName));

            Assert.StartsWith(folder.FullName + ": ", error.Message, StringComparison.Ordinal);
            Assert.Contains("no module files", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void RejectsUnknownKeyAndNamesIt()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("    topic: One", "    tpoic: One"));

        TestModuleYaml.AssertNames(error, "weeks[0].tpoic", "unknown key 'tpoic'");
    }

    [Theory]
    [InlineData("number: 9\n", "number")]
    [InlineData("title: Test module\n", "title")]
    [InlineData("    topic: Two\n", "weeks[1].topic")]
    [InlineData("  - id: exit-ticket-1\n", "deliverables[0].id")]
    [InlineData("    title: Exit ticket\n", "deliverables[0].title")]
    [InlineData("    due: Friday of week 1\n", "deliverables[0].due")]
    public void RejectsMissingRequiredField(string line, string path)
    {
        // Removing a "- id:" line would also remove the list dash, so keep the item with its title first.
        var yaml = line.StartsWith("  - id:", StringComparison.Ordinal)
            ? TestModuleYaml.With("  - id: exit-ticket-1\n    title:", "  - title:")
            : TestModuleYaml.With(line, string.Empty);

        TestModuleYaml.AssertNames(TestModuleYaml.LoadFails(yaml), path, $"required field '{path.Split('.')[^1]}' is missing");
    }

    [Fact]
    public void RejectsUnknownCompetency()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("  Networking: I", "  Netwerking: I"));

        TestModuleYaml.AssertNames(error, "targets.Netwerking", "unknown competency 'Netwerking'");
    }

    [Fact]
    public void RejectsUnknownLevel()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("    level: I", "    level: IV"));

        TestModuleYaml.AssertNames(error, "outcomes[0].level", "unknown level 'IV'");
    }

    [Fact]
    public void RejectsUnknownLevelInATarget()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("  Networking: I", "  Networking: IV"));

        TestModuleYaml.AssertNames(error, "targets.Networking", "unknown level 'IV'");
    }

    [Theory]
    [InlineData("module_nine/week1")]
    [InlineData("//evil.example/week1")]
    [InlineData("ftp://example.com/week1")]
    public void RejectsLinkThatIsNeitherSiteRelativeNorHttp(string link)
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("link: /module_nine/week1", $"link: \"{link}\""));

        TestModuleYaml.AssertNames(error, "weeks[0].link", "must be a site-relative path starting with '/' or an absolute http(s) URL");
    }

    [Theory]
    [InlineData("Studentâ€™s module")]
    [InlineData("CafÃ© module")]
    public void RejectsMojibake(string title)
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("title: Test module", $"title: {title}"));

        TestModuleYaml.AssertNames(error, "title", "mojibake");
    }
}
