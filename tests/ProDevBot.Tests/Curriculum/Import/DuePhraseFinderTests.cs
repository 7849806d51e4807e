using ProDevBot.Curriculum;
using ProDevBot.Curriculum.Import;

namespace ProDevBot.Tests.Curriculum.Import;

public class DuePhraseFinderTests
{
    [Theory]
    [InlineData("Complete it by **EOD Friday of Week 2.**", 2, DayOfWeek.Friday)]
    [InlineData("By EOD Monday Week3:", 3, DayOfWeek.Monday)]
    [InlineData("Cover letter draft due by Monday of Week 6.", 6, DayOfWeek.Monday)]
    [InlineData("Due by Friday of week 4", 4, DayOfWeek.Friday)]
    [InlineData("Must be submitted by the EOD Friday of Week 5.", 5, DayOfWeek.Friday)]
    [InlineData("Final due date: EOD Wednesday of Week 6 through the survey", 6, DayOfWeek.Wednesday)]
    [InlineData("By EOD Tuesday Week6", 6, DayOfWeek.Tuesday)]
    public void ReadsEverySpellingTheSiteUses(string text, int week, DayOfWeek day)
    {
        var phrase = Assert.Single(DuePhraseFinder.Find(text, pageWeek: null));

        Assert.Equal(new DuePoint(week, day), phrase.Due);
        Assert.Null(phrase.Problem);
    }

    [Theory]
    [InlineData("Complete the bio by the end of Week 3.")]
    [InlineData("Request a review by the **end of week 4.**")]
    public void ReportsEndOfWeekWithoutInventingADay(string text)
    {
        var phrase = Assert.Single(DuePhraseFinder.Find(text.Replace("**", string.Empty, StringComparison.Ordinal), pageWeek: null));

        Assert.Null(phrase.Due);
        Assert.Contains("names no day of the week", phrase.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ThisFridayOnAWeekPageMeansThatWeeksFriday()
    {
        Assert.Equal(new DuePoint(4, DayOfWeek.Friday), Assert.Single(DuePhraseFinder.Find("Due this Friday here:", pageWeek: 4)).Due);
        Assert.NotNull(Assert.Single(DuePhraseFinder.Find("Due this Friday here:", pageWeek: null)).Problem);
    }

    [Fact]
    public void TheRespectiveWeekIsARuleForWeeklyItemsNotADuePoint()
    {
        var phrase = Assert.Single(DuePhraseFinder.Find("completed by EOD Friday of the respective week.", pageWeek: null));

        Assert.Equal(DayOfWeek.Friday, phrase.DayOfEachWeek);
        Assert.Null(phrase.Due);
    }

    [Theory]
    [InlineData("by EOD Saturday of Week 2", "falls on a Saturday")]
    [InlineData("by EOD Friday of Week 7", "past the module")]
    public void RejectsWhatTheBotCannotSchedule(string text, string reason)
    {
        var phrase = Assert.Single(DuePhraseFinder.Find(text, pageWeek: null));

        Assert.Null(phrase.Due);
        Assert.Contains(reason, phrase.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindsNothingInTextWithoutADuePoint()
    {
        Assert.Empty(DuePhraseFinder.Find("You will get feedback by mid-week Week 5 in Homeroom.", pageWeek: null));
    }
}
