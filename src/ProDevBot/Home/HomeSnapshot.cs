using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Reflections;

namespace ProDevBot.Home;

/// <summary>What one user's Home tab shows, read from the database at the moment they opened it.</summary>
public sealed record HomeSnapshot(
    string UserId,
    bool FirstVisit,
    DateTimeOffset Now,
    Cohort? Cohort,
    Module? Module,
    IReadOnlySet<string> DoneDeliverables,
    int NetworkingLogs,
    IReadOnlyList<Reflection> RecentReflections)
{
    /// <summary>The student's group for the next Wednesday group, once a coach has formed it.</summary>
    public Groups.StudentGroupInfo? NextGroup { get; init; }
}
