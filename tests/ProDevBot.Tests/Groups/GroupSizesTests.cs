using ProDevBot.Groups;

namespace ProDevBot.Tests.Groups;

public sealed class GroupSizesTests
{
    [Fact]
    public void EveryClassOf1To40AtSizes3To6IsBalancedWithNoGroupOfOne()
    {
        for (var size = 3; size <= 6; size++)
        {
            for (var students = 1; students <= 40; students++)
            {
                var sizes = GroupSizes.For(students, size);
                var at = $"{students} students at size {size}: {string.Join('+', sizes)}";
                if (students == 1)
                {
                    Assert.True(sizes.Count == 0, at); // one student is no group
                    continue;
                }

                Assert.True(sizes.Sum() == students, at);
                Assert.True(sizes.Max() - sizes.Min() <= 1, at);
                Assert.True(sizes.Min() >= 2, at);
                Assert.True(sizes.Max() <= size, at);
                Assert.True(sizes.Count == (students + size - 1) / size, at); // no more groups than the size needs
            }
        }
    }

    [Theory]
    [InlineData(6, 5, new[] { 3, 3 })]
    [InlineData(40, 5, new[] { 5, 5, 5, 5, 5, 5, 5, 5 })]
    [InlineData(11, 5, new[] { 4, 4, 3 })]
    [InlineData(2, 6, new[] { 2 })]
    public void SixStudentsAtSizeFiveMakeThreeAndThree(int students, int size, int[] expected) =>
        Assert.Equal(expected, GroupSizes.For(students, size));

    [Fact]
    public void DealingIsTheSameForTheSameSeedWhateverOrderStudentsComeIn()
    {
        var students = Enumerable.Range(1, 40).Select(i => $"U{i:D4}").ToList();
        var sizes = GroupSizes.For(40, 5);

        var first = SeededShuffle.Deal(students, sizes, 7);
        var again = SeededShuffle.Deal(Enumerable.Reverse(students), sizes, 7);
        var other = SeededShuffle.Deal(students, sizes, 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(students.Order(), first.SelectMany(g => g).Order());
    }
}
