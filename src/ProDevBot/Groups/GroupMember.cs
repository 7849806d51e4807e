namespace ProDevBot.Groups;

/// <summary>A student in a group, with the cohort and module they were in when placed (a Mix It Up spans several).</summary>
public sealed class GroupMember
{
    public long GroupId { get; init; }

    /// <summary>Copied from the group: unique with <see cref="StudentId"/>, so two placements at once cannot put a student in two groups.</summary>
    public required string Round { get; init; }

    public required string StudentId { get; init; }
    public required string CohortId { get; init; }
    public int Module { get; init; }
    public DateTimeOffset AddedAt { get; init; }

    public StudentGroup? Group { get; set; }
}
