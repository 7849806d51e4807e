namespace ProDevBot.Curriculum.Import;

/// <summary>
/// <c>curriculum import</c>: reads the site, merges with an existing folder if asked, writes <c>module-N.yml</c>
/// files, prints the report, and validates the output with the bot's own loader (exit 0 only if it loads).
/// </summary>
internal static class ImportCommand
{
    private const string Header =
        "# Imported from the curriculum site by `curriculum import`. Edit the site and import again with\n"
        + "# --merge on this folder: groups, reflection prompts, checklists, kinds and ids made here are kept.\n";

    public static int Run(string site, string outFolder, string? mergeFolder, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(site))
        {
            error.WriteLine($"curriculum import: site folder '{site}' not found");
            return CurriculumCli.UsageError;
        }

        CurriculumCatalog? existing = null;
        if (mergeFolder is not null)
        {
            try
            {
                existing = CurriculumLoader.Load(mergeFolder);
            }
            catch (CurriculumException e)
            {
                error.WriteLine($"curriculum import: the merge folder does not load, so nothing was written: {e.Message}");
                return CurriculumCli.Problems;
            }
        }

        var report = new ImportReport();
        var modules = SiteImporter.Read(site, report)
            .Select(s => CurriculumMerger.Build(s, existing?.Find(s.Number), report.For(s.Number)))
            .ToList();
        foreach (var kept in existing?.Modules.Where(m => modules.All(n => n.Number != m.Number)) ?? [])
        {
            modules.Add(kept);
            report.For(kept.Number).Note("the site has no such module; kept from the merge folder as it is");
        }

        if (modules.Count == 0)
        {
            report.WriteTo(output);
            error.WriteLine($"curriculum import: no module found in '{site}' (expected folders {string.Join(", ", SitePages.Folders)})");
            return CurriculumCli.Problems;
        }

        Directory.CreateDirectory(outFolder);
        foreach (var module in modules.OrderBy(m => m.Number))
        {
            File.WriteAllText(Path.Combine(outFolder, $"module-{module.Number}.yml"), ModuleYamlWriter.Write(module, Header));
            report.For(module.Number).Counts = (module.Weeks.Count, module.Deliverables.Count, module.Outcomes.Sum(o => o.Statements.Count), module.Targets.Count);
        }

        report.WriteTo(output);
        return Validate(outFolder, output, error);
    }

    private static int Validate(string folder, TextWriter output, TextWriter error)
    {
        try
        {
            var catalog = CurriculumLoader.Load(folder);
            output.WriteLine($"Wrote {folder}: modules {string.Join(", ", catalog.Modules.Select(m => m.Number))}; the files load with the bot's start-up validation.");
            return CurriculumCli.Valid;
        }
        catch (CurriculumException e)
        {
            error.WriteLine($"curriculum import: the written files do not pass the bot's start-up validation: {e.Message}");
            return CurriculumCli.Problems;
        }
    }
}
