namespace ProDevBot.Curriculum.Import;

/// <summary>What one import did, module by module: what it read, what it skipped (with file, line and reason), and what it kept from the merge folder.</summary>
internal sealed class ImportReport
{
    public SortedDictionary<int, ModuleReport> Modules { get; } = [];

    public ModuleReport For(int module)
    {
        if (!Modules.TryGetValue(module, out var report))
        {
            report = new ModuleReport(module);
            Modules[module] = report;
        }

        return report;
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var module in Modules.Values)
        {
            module.WriteTo(writer);
        }
    }
}
