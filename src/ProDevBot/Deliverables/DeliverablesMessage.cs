using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Deliverables;

/// <summary>
/// The `/prodev deliverables` message. For a student of the module's cohort each deliverable carries its check-off:
/// checkboxes for a checklist, a link button for link-kind work, Mark done / Undo otherwise.
/// </summary>
public sealed class DeliverablesMessage(CurriculumLinks links)
{
    public SlackMessage Build(ModuleScope scope, DeliverableProgress.Snapshot? progress)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var module = scope.Module;
        var builder = new MessageBuilder().Header($"Module {module.Number} deliverables");
        foreach (var deliverable in module.Deliverables.OrderBy(d => d.Due.Week).ThenBy(d => d.Due.Day))
        {
            var done = progress?.Done.GetValueOrDefault(deliverable.Id);
            builder.Section(Describe(deliverable, scope, done, progress is not null), progress is null ? null : CheckOff(deliverable, progress, done is not null),
                DeliverableIds.BlockId(module.Number, deliverable.Id));
        }

        builder.Context(scope.Cohort is null
            ? "Dates are shown as module weeks; join a cohort to see real dates."
            : $"Cohort {scope.Cohort.Id} · dates in {scope.Calendar!.Zone.Id}");
        var fallback = string.Join("; ", module.Deliverables.Select(d => $"{d.Title} ({DueText.For(d.Due, scope.Calendar)})"));
        return builder.Build($"Module {module.Number} deliverables: {fallback}");
    }

    private static BlockElement CheckOff(Deliverable deliverable, DeliverableProgress.Snapshot progress, bool done)
    {
        if (deliverable.Kind == DeliverableKind.Link)
        {
            return ButtonElement.Create(done ? "Change link" : "Add link", DeliverableIds.LinkAction, deliverable.Id);
        }

        if (deliverable.Checklist.Count is > 0 and <= SlackLimits.CheckboxOptions)
        {
            var options = deliverable.Checklist.Select(i => OptionObject.Create(i.Text, i.Id)).ToList();
            return CheckboxesElement.Create(DeliverableIds.CheckAction, options, progress.Ticked[deliverable.Id]);
        }

        return done
            ? ButtonElement.Create("Undo", DeliverableIds.UndoAction, deliverable.Id)
            : ButtonElement.Create("Mark done", DeliverableIds.DoneAction, deliverable.Id) with { Style = "primary" };
    }

    private string Describe(Deliverable deliverable, ModuleScope scope, Progress.DeliverableCompletion? done, bool interactive)
    {
        var status = done is null ? "" : " ✅";
        var lines = new List<string>
        {
            $"*{SlackText.Link(links.Resolve(deliverable.Link), deliverable.Title)}*{status}, due {DueText.For(deliverable.Due, scope.Calendar)}",
        };
        if (deliverable.Description is { } description)
        {
            lines.Add(description);
        }

        if (done?.Url is { } url)
        {
            lines.Add($"Handed in: {SlackText.Link(url, url)}");
        }

        // Checkboxes show the items themselves; list them only where there are none.
        if (!interactive || deliverable.Checklist.Count > SlackLimits.CheckboxOptions)
        {
            lines.AddRange(deliverable.Checklist.Select(item => $"• {item.Text}"));
        }

        return string.Join('\n', lines);
    }
}
