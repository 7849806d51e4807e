using System.Text.RegularExpressions;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// The shape of a Slack user id (<c>U…</c>, or <c>W…</c> on Enterprise Grid: capitals and digits). A request naming
/// anyone else is malformed: refusing it keeps such ids out of every table a handler writes to.
/// </summary>
internal static partial class SlackIds
{
    public static bool IsUser(string? id) => id is not null && UserId().IsMatch(id);

    [GeneratedRegex("^[UW][A-Z0-9]{1,31}$")]
    private static partial Regex UserId();
}
