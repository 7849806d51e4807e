using ProDevBot.Curriculum;

namespace ProDevBot.Groups;

/// <summary>
/// One Wednesday discussion group, recorded when a coach forms it so that a restart or a second instance shows the
/// same groups. <see cref="Round"/> names the set it belongs to (see <see cref="GroupRounds"/>); numbers run 1…n in a round.
/// </summary>
public sealed class StudentGroup
{
    public long Id { get; init; }
    public GroupKind Kind { get; init; }
    public required string Round { get; init; }

    /// <summary>Homeroom: the cohort's module when formed. Mix It Up: 0 (its students come from several modules).</summary>
    public int Module { get; init; }

    /// <summary>Mix It Up: the module week it meets. Homeroom: 0 (it meets in every Homeroom week of the module).</summary>
    public int Week { get; init; }

    public int Number { get; init; }

    /// <summary>The group's own meeting link; null falls back to the cohort's default room.</summary>
    public string? RoomUrl { get; set; }

    /// <summary>The seed the forming used, so a coach can see (and a test can pin) how it came out.</summary>
    public int Seed { get; init; }

    public required string FormedBy { get; init; }
    public DateTimeOffset FormedAt { get; init; }

    public List<GroupMember> Members { get; } = [];
}
