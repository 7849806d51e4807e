namespace ProDevBot.Nudges;

/// <summary>When nudges go out unless a coach sets other times for a cohort (all in the cohort's zone).</summary>
public static class NudgeDefaults
{
    public static readonly TimeOnly Kickoff = new(9, 0);
    public static readonly TimeOnly GroupReminder = new(12, 30);
    public static readonly TimeOnly DeadlineReminder = new(9, 0);
}
