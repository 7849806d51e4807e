namespace ProDevBot.Reports;

/// <summary>One student's row in a cohort report, for the week or the module so far.</summary>
public sealed record StudentProgress(
    string StudentId,
    int DeliverablesDone,
    int DeliverablesDue,
    int ItemsDone,
    int Reflections,
    int NetworkingLogs,
    DateTimeOffset? LastActivity,
    bool Paused)
{
    /// <summary>Share of the deliverables due in the period that are done; 1 when nothing was due.</summary>
    public double Completion => DeliverablesDue == 0 ? 1 : (double)DeliverablesDone / DeliverablesDue;
}
