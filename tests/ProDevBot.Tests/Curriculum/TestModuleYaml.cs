using ProDevBot.Curriculum;

namespace ProDevBot.Tests.Curriculum;

/// <summary>A small valid module file; each validation test breaks exactly one thing in it.</summary>
internal static class TestModuleYaml
{
    public const string FileName = "module-9.yml";

    public const string Valid = """
        number: 9
        title: Test module
        link: /module_nine/index
        targets:
          Networking: I
          Job Search Strategies: I-II
        outcomes:
          - competency: Networking
            level: I
            statements:
              - do a thing
        weeks:
          - number: 1
            topic: One
            group: Homeroom
            link: /module_nine/week1
          - number: 2
            topic: Two
            group: Mix It Up
        deliverables:
          - id: exit-ticket-1
            title: Exit ticket
            due: Friday of week 1
            checklist:
              - id: first
                text: First
              - id: second
                text: Second
        """;

    /// <summary>The valid file with one edit; fails loudly if the text to replace is not there.</summary>
    public static string With(string old, string replacement)
    {
        Assert.Contains(old, Valid, StringComparison.Ordinal);
        return Valid.Replace(old, replacement, StringComparison.Ordinal);
    }

    public static CurriculumException LoadFails(string yaml) =>
        Assert.Throws<CurriculumException>(() => CurriculumLoader.LoadFrom([(FileName, yaml)]));

    /// <summary>The message must lead with the file, then name the path and the reason.</summary>
    public static void AssertNames(CurriculumException error, string path, string reason)
    {
        Assert.StartsWith($"{FileName}: {path} (line ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.PathInFile);
    }
}
