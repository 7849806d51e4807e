namespace ProDevBot.Commands;

/// <summary>
/// A word whose next word picks an action (`/prodev cohort add|list|…`); each action is a <see cref="Subcommand"/>
/// registered under it, by whichever feature owns it. The group is coach-only when all its actions are.
/// </summary>
/// <param name="Word">The word typed (<c>cohort</c>).</param>
/// <param name="DefaultAction">The action run when none is typed.</param>
public sealed record SubcommandGroup(string Word, string DefaultAction)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
