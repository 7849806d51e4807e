using ProDevBot.Curriculum;

namespace ProDevBot.Tests.Curriculum;

public class ReflectionPromptTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void EveryWeekOfModulesOneAndTwoAsksAReflectionQuestion(int number)
    {
        var module = CurriculumLoader.Load(BundledCurriculum.SourceDirectory).Find(number)!;

        Assert.Equal(6, module.Weeks.Count);
        Assert.All(module.Weeks, w => Assert.False(string.IsNullOrWhiteSpace(w.ReflectionPrompt)));
        Assert.Equal(6, module.Weeks.Select(w => w.ReflectionPrompt).Distinct().Count());
    }

    [Fact]
    public void ReadsTheWeeksPrompt()
    {
        var catalog = CurriculumLoader.LoadFrom([(TestModuleYaml.FileName,
            TestModuleYaml.With("    topic: One\n", "    topic: One\n    reflection_prompt: \"What went well?\"\n"))]);

        Assert.Equal("What went well?", catalog.Find(9)!.FindWeek(1)!.ReflectionPrompt);
        Assert.Null(catalog.Find(9)!.FindWeek(2)!.ReflectionPrompt);
    }

    [Fact]
    public void RejectsAPromptTooLongForASlackLabel()
    {
        var error = TestModuleYaml.LoadFails(
            TestModuleYaml.With("    topic: One\n", $"    topic: One\n    reflection_prompt: \"{new string('x', 2001)}\"\n"));

        TestModuleYaml.AssertNames(error, "weeks[0].reflection_prompt", "at most 2000");
    }

    [Fact]
    public void RejectsAMisspelledPromptKey()
    {
        var error = TestModuleYaml.LoadFails(TestModuleYaml.With("    topic: One\n", "    topic: One\n    reflection_promt: x\n"));

        TestModuleYaml.AssertNames(error, "weeks[0].reflection_promt", "unknown key 'reflection_promt'");
    }
}
