namespace ProDevBot.Curriculum;

/// <summary>The five ProDev competencies every module is measured against.</summary>
public enum Competency
{
    Networking,
    Interviewing,
    Materials,
    JobSearchStrategies,
    Negotiations,
}
