namespace ProDevBot.Curriculum.Import;

/// <summary>
/// What the site says about one module. A null list means the site has no such section at all (a merge then
/// keeps the existing value); an empty list means the section is there and lists nothing.
/// </summary>
internal sealed class SiteModule(int number, string folder)
{
    public int Number { get; } = number;

    public string Folder { get; } = folder;

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string Link => $"/{Folder}/index";

    public List<string>? LearningGoals { get; set; }

    public List<CompetencyTarget>? Targets { get; set; }

    public List<OutcomeGroup>? Outcomes { get; set; }

    public List<Week>? Weeks { get; set; }

    public List<SiteDeliverable>? Deliverables { get; set; }

    public List<SupplementalActivity>? Supplemental { get; set; }

    public RepeatPlan? Repeat { get; set; }

    /// <summary>Weeks the index lists inside an HTML comment: withdrawn, so a merge drops them too.</summary>
    public SortedSet<int> WithdrawnWeeks { get; } = [];
}
