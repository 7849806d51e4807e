using System.Globalization;
using ScottPlot;

namespace ProDevBot.Reports;

/// <summary>
/// A cohort's per-week completion as a bar chart PNG, for coaches (uploaded to Slack through the external upload flow).
/// Rendered by ScottPlot on SkiaSharp, headless: no display, no GDI+, works on a bare Linux server.
/// </summary>
public static class ParticipationChart
{
    /// <summary>
    /// One bar per week, 0–100 %, labelled "Week N". Weeks may be sparse or unordered; values outside 0–100 are
    /// clamped so that a bad sum never draws a bar off the chart.
    /// </summary>
    public static byte[] RenderPng(string title, IReadOnlyList<(int Week, double Completion)> weeks, int width = 800, int height = 400)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 100);

        using var plot = new Plot();
        ChartFonts.Apply(plot);
        plot.Title(title);
        plot.XLabel("Week");
        plot.YLabel("Completion (%)");

        var ordered = weeks.OrderBy(w => w.Week).ToArray();
        var bars = ordered.Select(w =>
        {
            var value = Math.Clamp(double.IsFinite(w.Completion) ? w.Completion : 0, 0, 100);
            return new Bar
            {
                Position = w.Week,
                Value = value,
                FillColor = Colors.SteelBlue,
                LineWidth = 0,
                Label = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(value, MidpointRounding.AwayFromZero):0}%"),
            };
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontSize = 12;

        // Whole weeks only on the x axis: the default numeric ticks would show 1.5 between two bars.
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var week in ordered)
        {
            ticks.AddMajor(week.Week, week.Week.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;

        // Room above 100 % for the bar labels, but no "110" tick: completion never goes there.
        var percents = new ScottPlot.TickGenerators.NumericManual();
        for (var percent = 0; percent <= 100; percent += 20)
        {
            percents.AddMajor(percent, percent.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Left.TickGenerator = percents;
        plot.Axes.SetLimitsY(0, 108);
        if (ordered.Length > 0)
        {
            plot.Axes.SetLimitsX(ordered[0].Week - 0.75, ordered[^1].Week + 0.75);
        }

        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
