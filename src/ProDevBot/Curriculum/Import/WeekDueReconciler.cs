namespace ProDevBot.Curriculum.Import;

/// <summary>
/// Lines a week page's due phrases up with the index's deliverables. A weekly exit ticket takes its week
/// page's due point (the page is the more specific of the two); any other due phrase only confirms a
/// deliverable due then. Phrases that name no due point, or that no deliverable explains, are reported.
/// </summary>
internal static class WeekDueReconciler
{
    public static void Apply(WeekPage page, SiteModule module, ModuleReport report)
    {
        var deliverables = module.Deliverables;
        foreach (var due in page.Dues)
        {
            if (due.Phrase.Problem is { } problem)
            {
                report.Skip(page.Name, due.Line, $"due phrase not imported: {problem}");
                continue;
            }

            if (due.Phrase.Due is not { } point)
            {
                continue;
            }

            var sentence = ModuleReport.Short(due.Sentence);
            var weekly = deliverables?.FindIndex(d => d.EachWeek == page.Week) ?? -1;
            if (due.IsExitTicket && weekly >= 0)
            {
                var listed = deliverables![weekly];
                if (listed.Due != point)
                {
                    deliverables[weekly] = listed with { Due = point };
                    report.Note($"{page.Name}:{due.Line}: '{listed.Title}' is due {point} here; index.md's rule gives {listed.Due}; the week page's date is used");
                }
            }
            else if (deliverables is null || deliverables.All(d => d.Due != point))
            {
                report.Skip(page.Name, due.Line, $"'{sentence}' is due {point}, but no deliverable in index.md's Deliverables list is due then; not imported");
            }
        }
    }
}
