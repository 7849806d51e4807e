namespace ProDevBot.Curriculum.Import;

/// <summary>Reads the four module folders of a site checkout into <see cref="SiteModule"/>s, reporting as it goes.</summary>
internal static class SiteImporter
{
    public static List<SiteModule> Read(string siteRoot, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var modules = new List<SiteModule>();
        for (var number = 1; number <= SitePages.Folders.Length; number++)
        {
            var moduleReport = report.For(number);
            var folder = SitePages.Folders[number - 1];
            if (!Directory.Exists(Path.Combine(siteRoot, folder)))
            {
                moduleReport.Skip($"{folder}/", null, "folder not found; module not imported");
                continue;
            }

            var pages = SitePages.Scan(siteRoot, number);
            if (ReadModule(siteRoot, pages, moduleReport) is { } module)
            {
                modules.Add(module);
            }
        }

        return modules;
    }

    private static SiteModule? ReadModule(string siteRoot, SitePages pages, ModuleReport report)
    {
        if (pages.Index is null)
        {
            report.Skip($"{pages.Folder}/index.md", null, "page not found; module not imported");
            return null;
        }

        var module = new SiteModule(pages.Module, pages.Folder);
        IndexPageReader.Read(Page(siteRoot, pages, pages.Index, report), pages, module, report);
        if (pages.LearningGoals is { } goals)
        {
            LearningGoalsPageReader.Read(Page(siteRoot, pages, goals, report), module, report);
        }
        else
        {
            report.Skip($"{pages.Folder}/mod{pages.Module}_learning_goals.md", null, "page not found; no target levels or outcomes imported");
        }

        foreach (var (number, file) in pages.Weeks)
        {
            ReadWeekPage(siteRoot, pages, number, file, module, report);
        }

        foreach (var week in module.Weeks?.Where(w => w.Topic.Length == 0).ToList() ?? [])
        {
            module.Weeks!.Remove(week);
            report.Skip($"{pages.Folder}/index.md", null, $"week {week.Number} has no topic in the index and no page title; not imported");
        }

        foreach (var (name, reason) in pages.Ignored)
        {
            report.Skip(name, null, $"ignored: {reason}");
        }

        return module;
    }

    private static void ReadWeekPage(string siteRoot, SitePages pages, int number, string file, SiteModule module, ModuleReport report)
    {
        var name = $"{pages.Folder}/{file}";
        if (module.WithdrawnWeeks.Contains(number))
        {
            report.Skip(name, null, $"ignored: week {number} is withdrawn in index.md");
            return;
        }

        var index = module.Weeks?.FindIndex(w => w.Number == number) ?? -1;
        if (index < 0)
        {
            report.Skip(name, null, $"ignored: week {number} is not in index.md's Weekly Breakdown");
            return;
        }

        var markdown = Page(siteRoot, pages, file, report);
        var page = WeekPageReader.Read(markdown, number);
        if (page.Title is null)
        {
            report.Skip(name, markdown.FrontMatterLineOf("title"), "the page has no title in its front matter; the week keeps the index's topic");
        }
        else if (module.Weeks![index].Topic.Length == 0)
        {
            module.Weeks[index] = module.Weeks[index] with { Topic = page.Title };
        }

        WeekDueReconciler.Apply(page, module, report);
    }

    private static MarkdownPage Page(string siteRoot, SitePages pages, string file, ModuleReport report)
    {
        report.Read.Add(file);
        var name = $"{pages.Folder}/{file}";
        return MarkdownPage.Parse(name, File.ReadAllText(Path.Combine(siteRoot, pages.Folder, file)));
    }
}
