namespace ProDevBot.Cohorts;

public enum EnrollmentSource
{
    /// <summary>The student typed `/prodev join`.</summary>
    Joined = 0,

    /// <summary>Added from the cohort channel's members.</summary>
    Roster = 1,
}
