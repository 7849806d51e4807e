using ProDevBot.Curriculum;

namespace ProDevBot.Groups;

/// <summary>
/// A student's group for one week, as the reminder, `/prodev week`, the Home tab (and the calendar feed) show it:
/// its name, the other members' user ids and the room link (the group's own, else the cohort's default).
/// </summary>
public sealed record StudentGroupInfo(GroupKind Kind, int Number, IReadOnlyList<string> OtherMembers, string? RoomUrl)
{
    /// <summary>The room is the cohort's default, shared by several groups (Mix It Up meets in breakout rooms by group number).</summary>
    public bool SharedRoom { get; init; }

    /// <summary>The round the group belongs to (<see cref="GroupRounds"/>): with <see cref="Number"/>, names the group.</summary>
    public string Round { get; init; } = "";

    public string Name => $"{CurriculumText.Name(Kind)} group {Number}";
}
