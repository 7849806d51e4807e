namespace ProDevBot.Commands;

/// <summary>A further line of `/prodev help` for a subcommand: another example and what it does.</summary>
/// <param name="Example">The text after the slash command.</param>
/// <param name="HelpLine">What it does.</param>
/// <param name="CoachOnly">Shown to coaches only (a coach's use of a student command, such as naming any cohort).</param>
public sealed record HelpExample(string Example, string HelpLine, bool CoachOnly = false);
