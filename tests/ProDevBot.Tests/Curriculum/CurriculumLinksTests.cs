using ProDevBot.Curriculum;

namespace ProDevBot.Tests.Curriculum;

public class CurriculumLinksTests
{
    [Theory]
    [InlineData("https://careerdev.turing.edu", "/module_one/mod1_week1", "https://careerdev.turing.edu/module_one/mod1_week1")]
    [InlineData("https://example.github.io/prodev/", "/module_one/mod1_week1", "https://example.github.io/prodev/module_one/mod1_week1")]
    [InlineData("https://careerdev.turing.edu", "https://www.linkedin.com/learning", "https://www.linkedin.com/learning")]
    public void ResolvesSiteRelativeLinksAgainstTheSiteBase(string siteBase, string link, string expected) =>
        Assert.Equal(expected, new CurriculumLinks(siteBase).Resolve(link));

    [Fact]
    public void LeavesAMissingLinkMissing() =>
        Assert.Null(new CurriculumLinks("https://careerdev.turing.edu").Resolve(null));

    [Fact]
    public void RejectsASiteBaseThatIsNotAnAbsoluteHttpUrl() =>
        Assert.Throws<ArgumentException>(() => new CurriculumLinks("careerdev.turing.edu"));

    [Fact]
    public void OptionsFallBackToTheBundledFolderAndTheCareerDevSiteNamedInItsCname()
    {
        var options = new CurriculumOptions();

        Assert.Equal(CurriculumLoader.DefaultDirectory, options.ResolveDirectory());
        Assert.Equal("https://careerdev.turing.edu", options.SiteBaseUrl);
    }
}
