namespace ProDevBot.Cohorts;

public enum ModuleWeekStatus
{
    NotStarted,
    InProgress,
    Over,
}
