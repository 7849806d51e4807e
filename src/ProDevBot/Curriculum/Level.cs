namespace ProDevBot.Curriculum;

/// <summary>Readiness levels; the curriculum has exactly three (there is no Level IV).</summary>
public enum Level
{
    I = 1,
    II = 2,
    III = 3,
}
