namespace ProDevBot.Commands;

/// <summary>
/// Which type answers which word after `/prodev`. Kept apart from the handlers so a request builds only the
/// subcommand it asked for, not every feature's dependencies.
/// </summary>
public sealed class SubcommandCatalog
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.OrdinalIgnoreCase);

    public void Add(Type type, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!_types.TryAdd(name, type))
            {
                throw new InvalidOperationException($"`/prodev {name}` is claimed by both {_types[name].Name} and {type.Name}.");
            }
        }
    }

    public Type? Find(string name) => _types.GetValueOrDefault(name);
}
