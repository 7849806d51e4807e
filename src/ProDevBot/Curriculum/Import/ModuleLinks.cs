namespace ProDevBot.Curriculum.Import;

/// <summary>Every link in a module with its place in the module file ("weeks[2].activities[0].link").</summary>
internal static class ModuleLinks
{
    public static IEnumerable<(string Place, string Link)> Of(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var links = new List<(string, string?)> { ("link", module.Link) };
        for (var w = 0; w < module.Weeks.Count; w++)
        {
            links.Add(($"weeks[{w}].link", module.Weeks[w].Link));
            links.AddRange(module.Weeks[w].Activities.Select((a, i) => ($"weeks[{w}].activities[{i}].link", a.Link)));
        }

        links.AddRange(module.Deliverables.Select((d, i) => ($"deliverables[{i}].link", d.Link)));
        links.AddRange(module.Supplemental.Select((s, i) => ($"supplemental[{i}].link", s.Link)));
        links.Add(("repeat.link", module.Repeat?.Link));
        return links.Where(l => l.Item2 is not null).Select(l => (l.Item1, l.Item2!));
    }
}
