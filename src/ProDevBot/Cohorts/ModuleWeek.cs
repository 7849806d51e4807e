namespace ProDevBot.Cohorts;

/// <summary>Where a cohort stands at an instant: before its start, in week 1–6, or past the module.</summary>
public readonly record struct ModuleWeek(ModuleWeekStatus Status, int Week)
{
    public static ModuleWeek NotStarted => new(ModuleWeekStatus.NotStarted, 0);
    public static ModuleWeek Over => new(ModuleWeekStatus.Over, 0);
    public static ModuleWeek In(int week) => new(ModuleWeekStatus.InProgress, week);
}
