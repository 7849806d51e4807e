using ProDevBot.SlackPacing;

namespace ProDevBot.Tests.SlackPacing;

public sealed class SlackPauseNoticeTests
{
    [Fact]
    public void ANoticeReadsBackAsTheSameMethodAndInstant()
    {
        var sent = new SlackPauseNotice("users.info", DateTimeOffset.FromUnixTimeMilliseconds(1_773_248_405_123));

        Assert.Equal("users.info 1773248405123", sent.Format());
        Assert.True(SlackPauseNotice.TryParse(sent.Format(), out var heard));
        Assert.Equal(sent, heard);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("users.info")]
    [InlineData(" 1773248405123")]
    [InlineData("users.info soon")]
    [InlineData("users.info -5")]
    [InlineData("users.info 1.5")]
    [InlineData("users info 1773248405123")]
    [InlineData("users.info 99999999999999999999")]
    [InlineData("users.info 999999999999999")]
    public void AMalformedNoticeIsIgnored(string? payload)
    {
        Assert.False(SlackPauseNotice.TryParse(payload, out _));
    }
}
