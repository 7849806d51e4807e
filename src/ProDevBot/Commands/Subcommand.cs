namespace ProDevBot.Commands;

/// <summary>
/// One `/prodev` word, or one action under a word (`cohort pause`): what it does, an example, and whether only
/// coaches may use it. The dispatcher refuses a coach-only entry before its handler runs, and `/prodev help` is
/// built from these, so a registration is all a feature writes.
/// </summary>
/// <param name="Word">The word typed (<c>week</c>), or for an action the action (<c>pause</c>).</param>
/// <param name="HelpLine">What it does, in a few words, for `/prodev help`.</param>
/// <param name="Example">The text after the slash command (<c>week 3</c>); a leading <c>/prodev </c> is dropped.</param>
/// <param name="CoachOnly">Only the Slack users in <c>ProDev:Coaches</c> may use it; students don't see it in help.</param>
public sealed record Subcommand(string Word, string HelpLine, string Example, bool CoachOnly = false)
{
    /// <summary>Other words for the same thing (<c>resume</c> for <c>pause</c>); the handler sees which was typed.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Further help lines, after the first (<c>week 3</c>: a given week).</summary>
    public IReadOnlyList<HelpExample> MoreExamples { get; init; } = [];
}
