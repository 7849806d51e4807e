using System.Text.RegularExpressions;

namespace ProDevBot.Curriculum;

/// <summary>Reads a module's <c>deliverables</c> list with their due points and checklists.</summary>
internal static partial class DeliverableReader
{
    public static List<Deliverable> Read(YamlMap root)
    {
        var deliverables = new List<Deliverable>();
        foreach (var item in root.Maps("deliverables", "id", "title", "description", "kind", "due", "link", "checklist"))
        {
            var id = Id(item);
            if (deliverables.Any(d => d.Id == id))
            {
                throw item.Error(item.Child("id"), item.Node("id")!, $"duplicate deliverable id '{id}'");
            }

            var title = item.RequiredString("title");
            var dueText = item.RequiredString("due");
            var due = DuePointParser.TryParse(dueText, out var reason)
                ?? throw item.Error(item.Child("due"), item.Node("due")!, reason!);

            deliverables.Add(new Deliverable(
                id,
                title,
                item.OptionalString("description"),
                ReadKind(item),
                due,
                ReadChecklist(item),
                item.OptionalLink("link")));
        }

        return deliverables;
    }

    private static List<ChecklistItem> ReadChecklist(YamlMap deliverable)
    {
        var items = new List<ChecklistItem>();
        foreach (var entry in deliverable.Maps("checklist", "id", "text"))
        {
            var id = Id(entry);
            if (items.Any(i => i.Id == id))
            {
                throw entry.Error(entry.Child("id"), entry.Node("id")!, $"duplicate checklist item id '{id}'");
            }

            items.Add(new ChecklistItem(id, entry.RequiredString("text")));
        }

        return items;
    }

    // Ids end up in Slack action ids and database keys, so keep them to a stable slug.
    private static string Id(YamlMap map)
    {
        var id = map.RequiredString("id");
        return IdPattern().IsMatch(id)
            ? id
            : throw map.Error(map.Child("id"), map.Node("id")!, $"id '{id}' must use lowercase letters, digits and hyphens only");
    }

    // Without a "kind" a deliverable is ticked off; "link" asks the student for a URL.
    private static DeliverableKind ReadKind(YamlMap item)
    {
        if (item.OptionalString("kind") is not { } text)
        {
            return DeliverableKind.Checklist;
        }

        return CurriculumVocabulary.Kind(text)
            ?? throw item.Error(item.Child("kind"), item.Node("kind")!, $"unknown deliverable kind '{text}'; expected checklist or link");
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
