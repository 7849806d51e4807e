using ProDevBot.Curriculum;

namespace ProDevBot.Tests.Curriculum;

public class CurriculumLinksTests
{
    [Theory]
    [InlineData("https://prodev.turing.edu", "/module_one/mod1_week1", "https://prodev.turing.edu/module_one/mod1_week1")]
    [InlineData("https://example.github.io/prodev/", "/module_one/mod1_week1", "https://example.github.io/prodev/module_one/mod1_week1")]
    [InlineData("https://prodev.turing.edu", "https://www.linkedin.com/learning", "https://www.linkedin.com/learning")]
    public void ResolvesSiteRelativeLinksAgainstTheSiteBase(string siteBase, string link, string expected) =>
        Assert.Equal(expected, new CurriculumLinks(siteBase).Resolve(link));

    [Fact]
    public void LeavesAMissingLinkMissing() =>
        Assert.Null(new CurriculumLinks("https://prodev.turing.edu").Resolve(null));

    [Fact]
    public void RejectsASiteBaseThatIsNotAnAbsoluteHttpUrl() =>
        Assert.Throws<ArgumentException>(() => new CurriculumLinks("prodev.turing.edu"));

    [Fact]
    public void OptionsFallBackToTheBundledFolderAndTheTuringSite()
    {
        var options = new CurriculumOptions();

        Assert.Equal(CurriculumLoader.DefaultDirectory, options.ResolveDirectory());
        Assert.Equal("https://prodev.turing.edu", options.SiteBaseUrl);
    }
}
