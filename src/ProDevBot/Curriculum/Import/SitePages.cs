using System.Globalization;
using System.Text.RegularExpressions;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// The allowlist of page kinds in one module folder: <c>index.md</c>, <c>modN_learning_goals.md</c>,
/// <c>modN_weekM.md</c> and the repeat plan (<c>mN_…repeat_plan.md</c>). Drafts, archives and planning
/// pages share the folders, so anything else is listed as ignored rather than read.
/// </summary>
internal sealed partial class SitePages
{
    public static readonly string[] Folders = ["module_one", "module_two", "module_three", "module_four"];

    private SitePages(string siteRoot, string folder, int module) => (SiteRoot, Folder, Module) = (siteRoot, folder, module);

    public string SiteRoot { get; }

    public string Folder { get; }

    public int Module { get; }

    public string? Index { get; private set; }

    public string? LearningGoals { get; private set; }

    public string? RepeatPlan { get; private set; }

    /// <summary>Week pages by week number, as file names.</summary>
    public SortedDictionary<int, string> Weeks { get; } = [];

    public List<(string Name, string Reason)> Ignored { get; } = [];

    public static SitePages Scan(string siteRoot, int module)
    {
        var folder = Folders[module - 1];
        var pages = new SitePages(siteRoot, folder, module);
        var path = Path.Combine(siteRoot, folder);
        foreach (var directory in Directory.GetDirectories(path).Order(StringComparer.Ordinal))
        {
            pages.Ignored.Add(($"{folder}/{Path.GetFileName(directory)}/", "a sub-folder; only the module folder's own pages are read"));
        }

        foreach (var file in Directory.GetFiles(path).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            pages.Classify(file!);
        }

        return pages;
    }

    public static SitePageKind? KindOf(string fileName, int module) => fileName switch
    {
        "index.md" => SitePageKind.Index,
        _ when fileName == $"mod{module}_learning_goals.md" => SitePageKind.LearningGoals,
        _ when WeekNumber(fileName, module) is not null => SitePageKind.Week,
        _ when RepeatPlanName().Match(fileName) is { Success: true } m && m.Groups[1].Value == module.ToString(CultureInfo.InvariantCulture) => SitePageKind.RepeatPlan,
        _ => null,
    };

    private static int? WeekNumber(string fileName, int module)
    {
        var match = WeekName().Match(fileName);
        return match.Success && match.Groups[1].Value == module.ToString(CultureInfo.InvariantCulture)
            ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)
            : null;
    }

    private void Classify(string file)
    {
        switch (KindOf(file, Module))
        {
            case SitePageKind.Index:
                Index = file;
                break;
            case SitePageKind.LearningGoals:
                LearningGoals = file;
                break;
            case SitePageKind.Week:
                Weeks[WeekNumber(file, Module)!.Value] = file;
                break;
            case SitePageKind.RepeatPlan:
                RepeatPlan = file;
                break;
            default:
                Ignored.Add(($"{Folder}/{file}", WhyIgnored(file)));
                break;
        }
    }

    private static string WhyIgnored(string file) => file switch
    {
        _ when file.StartsWith("archive", StringComparison.OrdinalIgnoreCase) => "an archive page",
        _ when file.StartsWith("planning", StringComparison.OrdinalIgnoreCase) => "a planning page",
        _ when file.Contains("draft", StringComparison.OrdinalIgnoreCase) => "a draft page",
        _ when !file.EndsWith(".md", StringComparison.Ordinal) => "not a Markdown page",
        _ => "not a page kind the importer reads (index, learning goals, week, repeat plan)",
    };

    [GeneratedRegex(@"^mod(\d)_week(\d+)\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekName();

    [GeneratedRegex(@"^m(\d)_(?:pd_)?repeat_plan\.md$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RepeatPlanName();
}
