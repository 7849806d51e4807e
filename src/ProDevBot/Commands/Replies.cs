using ProDevBot.Slack.Blocks;

namespace ProDevBot.Commands;

/// <summary>Short ephemeral replies shared by every subcommand, so refusals and mistakes read the same everywhere.</summary>
public static class Replies
{
    /// <summary>A form (modal) Slack would not open in time: rate limited, slow, or the trigger expired.</summary>
    public const string SlackBusy = "Slack is busy right now, so the form didn't open. Please try again in a moment.";

    public static SlackMessage Text(string markdown) =>
        new MessageBuilder().Section(markdown).Build(markdown);

    public static SlackMessage Mistake(string problem, string example) =>
        Text($"{problem}\nTry: `{example}`");

    public static SlackMessage CoachesOnly(string what) =>
        Text($"Sorry, {what} is for ProDev coaches. If you coach a cohort, ask an admin to add your Slack user id to `ProDev:Coaches`.");
}
