using ScottPlot;
using SkiaSharp;

namespace ProDevBot.Reports;

/// <summary>
/// Picks a sans-serif font that is installed here. ScottPlot's default asks for a Windows font and, on Linux, falls
/// back to whatever family comes first (DejaVu Serif on our servers). The Linux SkiaSharp build that ScottPlot ships
/// (NativeAssets.Linux.NoDependencies, no fontconfig) reads the font files under /usr/share/fonts itself, so a server
/// needs at least one TrueType font installed: on Debian/Ubuntu the package <c>fonts-dejavu-core</c>.
/// </summary>
internal static class ChartFonts
{
    private static readonly string[] Preferred = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Segoe UI"];

    private static readonly Lazy<string> Family = new(() =>
    {
        var installed = SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Preferred.FirstOrDefault(installed.Contains) ?? Fonts.Default;
    });

    public static void Apply(Plot plot) => plot.Font.Set(Family.Value);
}
