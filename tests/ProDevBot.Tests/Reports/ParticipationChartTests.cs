using System.Buffers.Binary;
using ProDevBot.Reports;

namespace ProDevBot.Tests.Reports;

public class ParticipationChartTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly (int Week, double Completion)[] Mod1 = [(1, 95), (2, 88), (3, 72.5), (4, 60), (5, 81), (6, 40)];

    [Fact]
    public void RendersAPngOfTheRequestedSize()
    {
        var png = ParticipationChart.RenderPng("Cohort 2508 — Mod 1", Mod1);

        Assert.Equal(PngSignature, png[..8]);

        // The first chunk is IHDR: length (4), "IHDR" (4), then width and height as big-endian uint32.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(800u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(400u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void HonoursACustomSize()
    {
        var png = ParticipationChart.RenderPng("Small", Mod1, width: 320, height: 200);

        Assert.Equal(320u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(200u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void DrawsSomethingRatherThanABlankImage()
    {
        var blank = ParticipationChart.RenderPng("", []);
        var chart = ParticipationChart.RenderPng("Cohort 2508 — Mod 1", Mod1);

        // A blank 800×400 PNG compresses to a few kB; bars, ticks and labels make it clearly larger.
        Assert.True(chart.Length > 5_000, $"only {chart.Length} bytes");
        Assert.True(chart.Length > blank.Length, $"chart {chart.Length} bytes, empty chart {blank.Length}");
    }

    [Fact]
    public void DifferentWeeksGiveADifferentImage()
    {
        var first = ParticipationChart.RenderPng("Cohort", Mod1);
        var again = ParticipationChart.RenderPng("Cohort", Mod1);
        var other = ParticipationChart.RenderPng("Cohort", [(1, 95), (2, 88), (3, 20), (4, 60), (5, 81), (6, 40)]);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void DrawsCompletionOutsideZeroToHundredWithoutThrowing()
    {
        var png = ParticipationChart.RenderPng("Odd data", [(1, -5), (2, 140), (3, double.NaN)]);

        Assert.Equal(PngSignature, png[..8]);
    }
}
