namespace ProDevBot.Curriculum;

/// <summary>Every loaded module, immutable after start-up.</summary>
public sealed class CurriculumCatalog(IReadOnlyList<Module> modules)
{
    public IReadOnlyList<Module> Modules { get; } = modules;

    public Module? Find(int number) => Modules.FirstOrDefault(m => m.Number == number);
}
