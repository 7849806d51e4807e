namespace ProDevBot.Curriculum;

/// <summary>One six-week ProDev module, as loaded from its YAML file. Links are site-relative paths or absolute URLs.</summary>
public sealed record Module(
    int Number,
    string Title,
    string Summary,
    string? Link,
    IReadOnlyList<string> LearningGoals,
    IReadOnlyList<Week> Weeks,
    IReadOnlyList<Deliverable> Deliverables,
    IReadOnlyList<CompetencyTarget> Targets,
    IReadOnlyList<OutcomeGroup> Outcomes,
    IReadOnlyList<SupplementalActivity> Supplemental,
    RepeatPlan? Repeat)
{
    public Week? FindWeek(int number) => Weeks.FirstOrDefault(w => w.Number == number);

    /// <summary>
    /// The deliverable with this id, or null: progress stored under an id the curriculum has since dropped (Module 2's
    /// old exit-ticket-2, say) finds nothing here and is skipped, not counted.
    /// </summary>
    public Deliverable? FindDeliverable(string id) => Deliverables.FirstOrDefault(d => d.Id == id);

    /// <summary>Whether a ticked checklist item is still part of the curriculum (its deliverable and the item).</summary>
    public bool HasChecklistItem(string deliverableId, string itemId) =>
        FindDeliverable(deliverableId)?.Checklist.Any(i => i.Id == itemId) == true;

    /// <summary>"weeks 1, 2, 3, 5" for messages: weeks need not run 1 to 6 without gaps (the site may skip one).</summary>
    public string WeekList()
    {
        var numbers = Weeks.Select(w => w.Number).Order().ToList();
        return numbers.Count == 1 ? $"week {numbers[0]}" : $"weeks {string.Join(", ", numbers)}";
    }
}
