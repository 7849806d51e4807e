using System.Text;

namespace ProDevBot.Curriculum.Import;

/// <summary>
/// <c>curriculum check</c>: loads a folder exactly as start-up does (same loader, same messages) and, given a
/// site checkout, checks that every site-relative link in it is a page of that checkout.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string folder, string? site, TextWriter output, TextWriter error)
    {
        CurriculumCatalog catalog;
        try
        {
            catalog = CurriculumLoader.Load(folder);
        }
        catch (CurriculumException e)
        {
            error.WriteLine(e.Message);
            return CurriculumCli.Problems;
        }

        output.WriteLine($"{folder}: modules {string.Join(", ", catalog.Modules.Select(m => m.Number))} load as at start-up.");
        if (site is null)
        {
            return CurriculumCli.Valid;
        }

        if (!Directory.Exists(site))
        {
            error.WriteLine($"curriculum check: site folder '{site}' not found");
            return CurriculumCli.UsageError;
        }

        var checkedLinks = 0;
        var dead = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var module = CurriculumLoader.LoadFrom([(name, File.ReadAllText(file, Encoding.UTF8))]).Modules[0];
            foreach (var (place, link) in ModuleLinks.Of(module).Where(l => l.Link.StartsWith('/')))
            {
                checkedLinks++;
                if (!SitePath.IsPage(site, link))
                {
                    var path = link.Split('#', '?')[0].Trim('/');
                    dead.Add($"{name}: {place}: '{link}' is no page in {site}: neither {path}.md nor {path}/index.md exists");
                }
            }
        }

        foreach (var problem in dead)
        {
            error.WriteLine(problem);
        }

        output.WriteLine($"{checkedLinks - dead.Count} of {checkedLinks} site-relative links resolve to pages in {site}.");
        return dead.Count == 0 ? CurriculumCli.Valid : CurriculumCli.Problems;
    }
}
