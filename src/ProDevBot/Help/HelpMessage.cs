using ProDevBot.Slack.Blocks;

namespace ProDevBot.Help;

/// <summary>Every `/prodev` command with an example; also the answer to an unknown subcommand.</summary>
public static class HelpMessage
{
    private static readonly (string Example, string What)[] StudentCommands =
    [
        ("module", "your module at a glance: goals, deliverables with dates, supplemental activities, repeat plan, links"),
        ("module 3", "any module at a glance, no cohort needed"),
        ("week", "this week's topic, activities, Wednesday group and deadlines"),
        ("week 3", "a given week of your module"),
        ("week 2 module 1", "browse any module's week, no cohort needed"),
        ("deliverables", "your module's deliverables, checklists and due dates"),
        ("outcomes", "the competency levels your module aims for"),
        ("outcomes networking", "the outcomes for one competency"),
        ("join 2603", "join your cohort (your coach has the id)"),
        ("leave", "leave your cohort"),
        ("reflect", "write (or edit) this week's reflection in a form; `reflect 2` for week 2"),
        ("log", "log a networking activity: who, how, when, what you learned, a follow-up date"),
        ("done exit-ticket-2", "mark a deliverable done, so reminders stop asking (`undo` takes it back)"),
        ("pause until 2026-04-06", "no nudges until a date (or `pause` alone, until you `resume`)"),
        ("settings group off", "turn one kind of nudge off or on: kickoff, group, deadlines"),
        ("preview kickoff 3", "see a nudge exactly as it will arrive"),
        ("export", "everything the bot keeps about you, sent to your DMs"),
        ("forget-me", "delete all your data (asks you to confirm first)"),
        ("help", "this list"),
    ];

    private static readonly (string Example, string What)[] CoachCommands =
    [
        ("cohort add 2603 module 1 starts 2026-03-02 tz America/Denver", "create a cohort; the date is the Monday of week 1, the zone defaults to America/Denver"),
        ("cohort list", "every cohort, its module, week and size"),
        ("cohort link 2603 #2603-be", "the cohort's channel; its members become the roster and follow it"),
        ("cohort roster 2603", "who is in the cohort and who is paused"),
        ("cohort pause 2603 2026-03-23 2026-03-27", "no nudges for the cohort on those days (breaks)"),
        ("cohort advance 2603 module 2 starts 2026-04-27", "move the cohort to its next module"),
        ("cohort times 2603 kickoff 08:30 group 12:45 deadlines 10:00", "when the cohort's nudges go out, in its zone"),
        ("cohort nudge 2603 group", "send this week's kickoff, group or deadlines nudge now"),
        ("preview deadlines 4 cohort 2603", "what the cohort would get, sent to nobody"),
        ("report 2603 week 3", "each student's deliverables, reflections and logs, with totals (paged)"),
        ("student @jane", "one student's record"),
        ("digest off", "turn your Friday at-risk digest off or on"),
        ("web", "a one-time link (10 minutes) to the coach pages in your browser"),
    ];

    public static SlackMessage Build(string command, string? unknown)
    {
        var builder = new MessageBuilder();
        if (unknown is not null)
        {
            builder.Section($"I don't know `{SlackText.Escape(Shorten(unknown))}`. Here is what I can do:");
        }

        builder.Header("ProDevBot commands")
            .Section(Lines(command, StudentCommands))
            .Section("*For coaches*\n" + Lines(command, CoachCommands));
        return builder.Build(unknown is null
            ? $"ProDevBot commands: {command} module, week, deliverables, outcomes, join, leave, help."
            : $"I don't know '{Shorten(unknown)}'. Try {command} help.");
    }

    private static string Lines(string command, IEnumerable<(string Example, string What)> commands) =>
        string.Join('\n', commands.Select(c => $"`{command} {c.Example}`: {c.What}"));

    private static string Shorten(string text) => SlackText.Truncate(text, 40);
}
