namespace ProDevBot.Curriculum;

/// <summary>The curriculum's own names for its enums, as students read them.</summary>
public static class CurriculumText
{
    public static string Name(Competency competency) => competency switch
    {
        Competency.JobSearchStrategies => "Job Search Strategies",
        _ => competency.ToString(),
    };

    public static string Name(GroupKind group) => group switch
    {
        GroupKind.Homeroom => "Homeroom",
        GroupKind.MixItUp => "Mix It Up",
        _ => "No group",
    };

    public static string Levels(CompetencyTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.From == target.To ? $"Level {target.To}" : $"Levels {target.From}–{target.To}";
    }

    /// <summary>Matches what a student types ("networking", "job search", "jobsearchstrategies", "negotiation").</summary>
    public static Competency? ParseCompetency(string text)
    {
        var key = new string([.. text.Where(char.IsLetter)]).ToLowerInvariant();
        return key switch
        {
            "networking" or "network" => Competency.Networking,
            "interviewing" or "interview" or "interviews" => Competency.Interviewing,
            "materials" or "material" => Competency.Materials,
            "jobsearchstrategies" or "jobsearch" or "jobsearchstrategy" or "jss" => Competency.JobSearchStrategies,
            "negotiations" or "negotiation" or "negotiating" => Competency.Negotiations,
            _ => null,
        };
    }
}
