using ProDevBot.Curriculum;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Deliverables;

/// <summary>The modal taking a link-kind deliverable's URL; private_metadata is <c>module|deliverable id|response_url</c>.</summary>
internal static class DeliverableLinkModal
{
    public const int MaxLength = 3000;

    public static SlackViewDefinition Build(int module, Deliverable deliverable, string? current, string? responseUrl)
    {
        var metadata = $"{module}|{deliverable.Id}|{responseUrl}";
        return SlackViewDefinition.Modal("Hand in a link", [
            InputBlock.Create(DeliverableIds.UrlBlock, deliverable.Title, UrlInputElement.Create(DeliverableIds.UrlAction, current, "https://…"),
                hint: "The full https:// address, as you would share it."),
        ], DeliverableIds.LinkCallback) with
        {
            Submit = new PlainText("Save"),
            Close = new PlainText("Cancel"),
            PrivateMetadata = metadata.Length <= SlackLimits.PrivateMetadata ? metadata : $"{module}|{deliverable.Id}|",
        };
    }

    public static (int Module, string DeliverableId, string? ResponseUrl)? Parse(string? metadata)
    {
        var parts = (metadata ?? "").Split('|', 3);
        return parts.Length == 3 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var module)
            ? (module, parts[1], parts[2].Length == 0 ? null : parts[2])
            : null;
    }
}
