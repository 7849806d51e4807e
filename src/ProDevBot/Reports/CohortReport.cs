using ProDevBot.Cohorts;

namespace ProDevBot.Reports;

/// <summary>A cohort's progress: one row per student for a week (or the module so far, when <see cref="Week"/> is null).</summary>
public sealed record CohortReport(Cohort Cohort, int? Week, int WeeksSoFar, IReadOnlyList<StudentProgress> Students)
{
    public int DeliverablesDone => Students.Sum(s => s.DeliverablesDone);
    public int DeliverablesDue => Students.Sum(s => s.DeliverablesDue);
    public int Reflections => Students.Sum(s => s.Reflections);
    public int NetworkingLogs => Students.Sum(s => s.NetworkingLogs);
}
