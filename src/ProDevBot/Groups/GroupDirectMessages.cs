using Microsoft.EntityFrameworkCore;
using ProDevBot.Cohorts;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Nudges;
using ProDevBot.Outbox;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Groups;

/// <summary>
/// With a cohort's switch on (`/prodev groups dm 2603 on`), the Monday kickoff of a group week also writes one outbox
/// row per group: a hello and the week's discussion prompt, to a group DM of its members. The key is (round, group,
/// date), so a Mix It Up group shared by two cohorts, a repeated trigger or a restart still sends it once.
/// </summary>
public sealed class GroupDirectMessages(ProDevDbContext db, StudentGroups groups, CurriculumLinks links)
{
    /// <summary>Slack opens a multi-person DM for 2 to 8 users (more is <c>too_many_users</c>).</summary>
    public const int MaxMembers = 8;

    public async Task<List<OutboxEnvelope>> EnvelopesAsync(Cohort cohort, Module module, NudgeOccurrence kickoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(kickoff);
        var on = await db.CohortGroupSettings.AsNoTracking().AnyAsync(s => s.CohortId == cohort.Id && s.DirectMessages, cancellationToken);
        if (!on || module.FindWeek(kickoff.Week) is not { Group: not GroupKind.None } week)
        {
            return [];
        }

        var calendar = CohortCalendar.For(cohort);
        var placed = await groups.ForCohortAsync(cohort.Id, week.Number, cancellationToken);
        return [.. placed
            .Select(p => (Group: p.Value, Members: p.Value.OtherMembers.Append(p.Key).Order(StringComparer.Ordinal).ToList()))
            .DistinctBy(g => (g.Group.Round, g.Group.Number))
            .Where(g => g.Members.Count is >= 2 and <= MaxMembers)
            .OrderBy(g => g.Group.Number)
            .Select(g => new OutboxEnvelope(
                $"groupdm:{g.Group.Round}:g{g.Group.Number}:{kickoff.Date:yyyy-MM-dd}",
                "groupdm",
                string.Join(',', g.Members),
                Hello(g.Group, g.Members, week, calendar))
            {
                NotBefore = kickoff.At,
                NotAfter = kickoff.NotAfter,
            })];
    }

    private SlackMessage Hello(StudentGroupInfo group, List<string> members, Curriculum.Week week, CohortCalendar calendar)
    {
        var when = $"{LocalTimes.Day(calendar.DateOf(week.Number, DayOfWeek.Wednesday))}, {LocalTimes.Time(calendar.GroupStartsAt(week.Number), calendar.Zone)}";
        var topic = week.GroupTopic is null ? "" : $" This week: *{SlackText.Escape(week.GroupTopic)}*.";
        var prompts = links.Resolve(week.GroupLink) is { } url ? $"\n{SlackText.Link(url, "The week's discussion prompts on the curriculum site")}" : "";
        var room = group.RoomUrl is { } link ? $"\nRoom: {SlackText.Link(link, "join the room")}" + (group.SharedRoom ? $" (breakout room {group.Number})" : "") : "";
        var text = $"Hello, {group.Name}! {GroupText.Mentions(members)}, you meet {when}.";
        return new MessageBuilder()
            .Section($"*{text}*{topic}{prompts}{room}")
            .Context("Say hi before Wednesday. Bring one thing from your Career Dev work this week to share.")
            .Build(text + (week.GroupTopic is null ? "" : $" This week: {week.GroupTopic}."));
    }
}
