namespace ProDevBot.Nudges;

/// <summary>The nudges a student can turn off, as flags so one column holds the choice.</summary>
[Flags]
public enum StudentNudges
{
    None = 0,
    Kickoff = 1,
    Group = 2,
    Deadlines = 4,
}
