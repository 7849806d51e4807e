namespace ProDevBot.Commands;

/// <summary>
/// Every `/prodev` word and group action, with the type that answers it, in registration order. Filled while
/// services are registered, so a word claimed twice stops start-up naming both claimants; kept apart from the
/// handlers so a request builds only the one it asked for.
/// </summary>
public sealed class SubcommandRegistry
{
    private readonly Dictionary<string, object> _words = new(StringComparer.OrdinalIgnoreCase); // SubcommandEntry or SubcommandGroup
    private readonly Dictionary<string, SubcommandEntry> _actions = new(StringComparer.OrdinalIgnoreCase); // "group action"
    private readonly List<SubcommandEntry> _entries = [];

    /// <summary>Every entry, words and actions, in the order features registered them (the order of `/prodev help`).</summary>
    public IReadOnlyList<SubcommandEntry> Entries => _entries;

    public SubcommandEntry? Find(string word) => _words.GetValueOrDefault(word) as SubcommandEntry;

    public SubcommandGroup? FindGroup(string word) => _words.GetValueOrDefault(word) as SubcommandGroup;

    public SubcommandEntry? FindAction(SubcommandGroup group, string action) =>
        _actions.GetValueOrDefault($"{group?.Word} {action}");

    public IEnumerable<SubcommandEntry> ActionsOf(SubcommandGroup group) => _entries.Where(e => e.Group == group);

    /// <summary>A group whose every action is for coaches is refused as a whole, before its action is even looked up.</summary>
    public bool IsCoachOnly(SubcommandGroup group) => ActionsOf(group).All(e => e.Subcommand.CoachOnly);

    internal void Add(Subcommand subcommand, Type handler)
    {
        Validate(subcommand, handler);
        var entry = new SubcommandEntry(subcommand, handler, null);
        foreach (var word in subcommand.Aliases.Prepend(subcommand.Word))
        {
            Claim(word, entry, handler.Name);
        }

        _entries.Add(entry);
    }

    internal void AddGroup(SubcommandGroup group)
    {
        foreach (var word in group.Aliases.Prepend(group.Word))
        {
            Claim(word, group, $"the `{group.Word}` group");
        }
    }

    internal void AddAction(string groupWord, Subcommand action, Type handler)
    {
        Validate(action, handler);
        if (FindGroup(groupWord) is not { } group)
        {
            throw new InvalidOperationException(
                $"{handler.Name} is an action of `/prodev {groupWord}`, which is not registered (yet): register the group first.");
        }

        var entry = new SubcommandEntry(action, handler, group);
        foreach (var word in action.Aliases.Prepend(action.Word))
        {
            if (!_actions.TryAdd($"{group.Word} {word}", entry))
            {
                throw new InvalidOperationException(
                    $"`/prodev {group.Word} {word}` is claimed by both {_actions[$"{group.Word} {word}"].Handler.Name} and {handler.Name}.");
            }
        }

        _entries.Add(entry);
    }

    private void Claim(string word, object owner, string claimant)
    {
        if (!_words.TryAdd(word, owner))
        {
            var other = _words[word] is SubcommandEntry e ? e.Handler.Name : $"the `{((SubcommandGroup)_words[word]).Word}` group";
            throw new InvalidOperationException($"`/prodev {word}` is claimed by both {other} and {claimant}.");
        }
    }

    private static void Validate(Subcommand subcommand, Type handler)
    {
        if (string.IsNullOrWhiteSpace(subcommand.Word) || string.IsNullOrWhiteSpace(subcommand.HelpLine) || string.IsNullOrWhiteSpace(subcommand.Example))
        {
            throw new InvalidOperationException($"{handler.Name}: a subcommand needs a word, a help line and an example for `/prodev help`.");
        }
    }
}
