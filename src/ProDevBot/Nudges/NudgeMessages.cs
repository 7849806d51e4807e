using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Groups;
using ProDevBot.Slack.Blocks;
using ProDevBot.ThisWeek;

namespace ProDevBot.Nudges;

/// <summary>The words of each nudge. Previews use the same builders, so a coach sees exactly what students get.</summary>
public sealed class NudgeMessages(WeekMessage weekMessage, CurriculumLinks links)
{
    /// <summary>The message for one student; <paramref name="pending"/> lists the occurrence's deliverables they have not marked done;
    /// for the group reminder, <c>group</c> is the student's own group once a coach has formed it.</summary>
    public SlackMessage Build(NudgeOccurrence occurrence, Cohort cohort, Module module, IReadOnlyList<Deliverable> pending, StudentGroupInfo? group = null)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var calendar = CohortCalendar.For(cohort);
        var scope = new ModuleScope(module, cohort, calendar);
        return occurrence.Kind switch
        {
            NudgeKind.Kickoff => Kickoff(scope, module.FindWeek(occurrence.Week)!),
            NudgeKind.Group => Group(calendar, module.FindWeek(occurrence.Week)!, group),
            NudgeKind.SelfEvaluation => Due("Your end-of-module self-evaluation", occurrence, calendar, pending,
                "Look back at the module and rate yourself on each competency; your coach reads it before your readiness check-in."),
            _ => Due("Due tomorrow", occurrence, calendar, pending, "Already done? Mark it with `/prodev done <id>` and I'll stop reminding you."),
        };
    }

    private SlackMessage Kickoff(ModuleScope scope, Week week)
    {
        var plan = weekMessage.Build(scope, week);
        var blocks = new List<Block> { new SectionBlock { Text = new MarkdownText($"Good morning! Week {week.Number} of ProDev starts today.") } };
        blocks.AddRange(plan.Blocks ?? []);
        return new SlackMessage($"Week {week.Number} starts today: {plan.Text}", blocks.Take(SlackLimits.MessageBlocks).ToList());
    }

    private SlackMessage Group(CohortCalendar calendar, Week week, StudentGroupInfo? group)
    {
        var name = CurriculumText.Name(week.Group) + (week.GroupTopic is null ? "" : $" ({week.GroupTopic})");
        var starts = LocalTimes.Time(calendar.GroupStartsAt(week.Number), calendar.Zone);

        // Not every week with a group has a lesson (Module 2's week 4 has none), so the nudge does not assume one.
        var text = $"Your {name} group meets today at {starts}. Bring one thing from your Career Dev work this week to share.";
        var prompts = links.Resolve(week.GroupLink) is { } url ? $"\n{SlackText.Link(url, "Today's prompts on the curriculum site")}" : "";
        var builder = new MessageBuilder().Section($"*{text}*{prompts}");
        if (group is not null)
        {
            builder.Section(GroupText.ForStudent(group));
        }

        return builder.Context("Turn these off with `/prodev settings group off`.").Build(group is null ? text : $"{text} {GroupText.Plain(group)}.");
    }

    private SlackMessage Due(string title, NudgeOccurrence occurrence, CohortCalendar calendar, IReadOnlyList<Deliverable> pending, string footer)
    {
        var lines = pending.Select(d => $"• {SlackText.Link(links.Resolve(d.Link), d.Title)} (`{d.Id}`): {DueText.For(d.Due, calendar)}");
        var text = $"{title}: {string.Join("; ", pending.Select(d => $"{d.Title}, {DueText.For(d.Due, calendar)}"))}";
        return new MessageBuilder()
            .Section($"*{title}*\n{string.Join('\n', lines)}")
            .Context(footer, occurrence.Kind == NudgeKind.Deadline ? "Turn these off with `/prodev settings deadlines off`." : "")
            .Build(text);
    }
}
