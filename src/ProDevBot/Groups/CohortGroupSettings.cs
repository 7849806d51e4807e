namespace ProDevBot.Groups;

/// <summary>A cohort's group settings: the room used when a group has none of its own, and the group-DM switch.</summary>
public sealed class CohortGroupSettings
{
    public required string CohortId { get; init; }
    public string? DefaultRoomUrl { get; set; }

    /// <summary>Open a group DM per group on the Monday of a group week.</summary>
    public bool DirectMessages { get; set; }
}
