using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>The coach's view of a set of groups: one line per group with its members and room, paged into sections.</summary>
internal static class GroupListing
{
    public static SlackMessage Build(string summary, IReadOnlyList<StudentGroup> groups, string? defaultRoom, bool showCohorts, params IEnumerable<string> notes)
    {
        var lines = groups.OrderBy(g => g.Number).Select(g =>
        {
            var members = g.Members.OrderBy(m => m.StudentId, StringComparer.Ordinal)
                .Select(m => showCohorts ? $"<@{m.StudentId}> ({m.CohortId})" : $"<@{m.StudentId}>");
            var room = g.RoomUrl ?? defaultRoom;
            return $"*Group {g.Number}* ({g.Members.Count}): {string.Join(", ", members)}" +
                   (room is null ? " · no room yet" : $" · {SlackText.Link(room, g.RoomUrl is null ? "default room" : "room")}");
        });

        var builder = new MessageBuilder().Section(summary);
        foreach (var chunk in SlackText.Chunk(string.Join('\n', lines), 2900))
        {
            builder.Section(chunk);
        }

        var context = notes.Where(n => n.Length > 0).ToList();
        if (context.Count > 0)
        {
            builder.Context(context);
        }

        return builder.Build(summary);
    }
}
