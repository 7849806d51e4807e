namespace ProDevBot.Deliverables;

/// <summary>Slack ids of the check-offs in `/prodev deliverables`. Each deliverable's section has block_id <c>deliverable:{module}:{id}</c>.</summary>
public static class DeliverableIds
{
    public const string CheckAction = "deliverable_check";
    public const string DoneAction = "deliverable_done";
    public const string UndoAction = "deliverable_undo";
    public const string LinkAction = "deliverable_link";
    public const string LinkCallback = "deliverable_link";
    public const string UrlBlock = "deliverable_url";
    public const string UrlAction = "url";

    public static string BlockId(int module, string deliverableId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"deliverable:{module}:{deliverableId}");

    public static (int Module, string DeliverableId)? Parse(string? blockId)
    {
        var parts = (blockId ?? "").Split(':');
        return parts is ["deliverable", var m, var id] && int.TryParse(m, System.Globalization.CultureInfo.InvariantCulture, out var module)
            ? (module, id)
            : null;
    }
}
