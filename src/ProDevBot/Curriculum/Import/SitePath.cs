namespace ProDevBot.Curriculum.Import;

/// <summary>Resolves a site-relative link to a page of a checkout: the path plus ".md", or the folder's index.</summary>
internal static class SitePath
{
    public static bool IsPage(string siteRoot, string link)
    {
        var path = link.Split('#', '?')[0].Trim('/');
        if (path.Length == 0)
        {
            return File.Exists(Path.Combine(siteRoot, "index.md")) || File.Exists(Path.Combine(siteRoot, "index.html"));
        }

        var full = Path.Combine(siteRoot, path);
        return File.Exists(full + ".md") || File.Exists(full + ".html")
            || (File.Exists(full) && !Directory.Exists(full))
            || File.Exists(Path.Combine(full, "index.md")) || File.Exists(Path.Combine(full, "index.html"));
    }
}
