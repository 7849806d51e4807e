using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>How a student's group reads in the reminder, `/prodev week` and the Home tab.</summary>
public static class GroupText
{
    /// <summary>"Your group: Homeroom group 2 with @a, @b and @c" and where to meet, as Slack markdown.</summary>
    public static string ForStudent(StudentGroupInfo group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var who = group.OtherMembers.Count == 0 ? " (no one else is in it yet)" : $" with {Mentions(group.OtherMembers)}";
        return $"*Your group: {group.Name}*{who}.\n{Room(group)}";
    }

    /// <summary>The same without markdown links, for a message's plain-text fallback.</summary>
    public static string Plain(StudentGroupInfo group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return $"Your group: {group.Name}" + (group.RoomUrl is null ? "" : $", room {group.RoomUrl}");
    }

    public static string Mentions(IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var mentions = userIds.Select(id => $"<@{id}>").ToList();
        return mentions.Count == 1 ? mentions[0] : $"{string.Join(", ", mentions[..^1])} and {mentions[^1]}";
    }

    private static string Room(StudentGroupInfo group) => group.RoomUrl switch
    {
        null => "No room link yet: your coach will say where to meet.",
        { } url when group.SharedRoom => $"Room: {SlackText.Link(url, "join the room")} (breakout room {group.Number})",
        { } url => $"Room: {SlackText.Link(url, "join the room")}",
    };
}
