namespace ProDevBot.NetworkLog;

/// <summary>
/// The Slack ids of the networking-log modal. A button anywhere (the Home tab, a DM) with action_id
/// <see cref="OpenAction"/> opens it; nothing else needs calling. Every input uses <see cref="Value"/> as its action_id.
/// </summary>
public static class NetworkLogIds
{
    public const string OpenAction = "open_log";
    public const string CallbackId = "network_log";
    public const string Value = "value";
    public const string Name = "contact_name";
    public const string Role = "contact_role";
    public const string Company = "contact_company";
    public const string Kind = "kind";
    public const string OccurredOn = "occurred_on";
    public const string Learned = "learned";
    public const string Goals = "goals_link";
    public const string FollowUp = "follow_up_on";
}
