using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Nudges;

/// <summary>`/prodev settings [kickoff|group|deadlines on|off]`: which nudges a student gets.</summary>
internal sealed class SettingsCommand(ProDevDbContext db) : IProDevSubcommand
{
    private const string Example = "/prodev settings group off";

    private static readonly (string Name, StudentNudges Flag, string What)[] Kinds =
    [
        ("kickoff", StudentNudges.Kickoff, "Monday kickoff with the week's plan"),
        ("group", StudentNudges.Group, "reminder before the Wednesday group"),
        ("deadlines", StudentNudges.Deadlines, "reminders the day before something is due"),
    ];

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.FirstOrDefaultAsync(e => e.StudentId == context.UserId, cancellationToken);
        if (enrollment is null)
        {
            return Replies.Text("You're not in a cohort, so there are no nudges to set. Join one with `/prodev join <cohort id>`.");
        }

        if (context.Args.Count > 0)
        {
            var kind = Kinds.FirstOrDefault(k => k.Name.Equals(context.Args[0].TrimEnd('s'), StringComparison.OrdinalIgnoreCase) || k.Name.Equals(context.Args[0], StringComparison.OrdinalIgnoreCase));
            var onOff = context.Args.Count == 2 ? context.Args[1].ToLowerInvariant() : null;
            if (kind.Name is null || onOff is not ("on" or "off"))
            {
                return Replies.Mistake("Name a nudge (kickoff, group or deadlines) and `on` or `off`.", Example);
            }

            enrollment.MutedNudges = onOff == "off" ? enrollment.MutedNudges | kind.Flag : enrollment.MutedNudges & ~kind.Flag;
            await db.SaveChangesAsync(cancellationToken);
        }

        var lines = Kinds.Select(k => $"• *{k.Name}*: {((enrollment.MutedNudges & k.Flag) == 0 ? "on" : "off")}, {k.What}");
        var paused = enrollment.PausedUntil switch
        {
            null => "",
            { } d when d == DateOnly.MaxValue => "\nAll nudges are paused until you `/prodev resume`.",
            { } d => $"\nAll nudges are paused through {d:yyyy-MM-dd}.",
        };
        return new MessageBuilder()
            .Section("*Your nudges*\n" + string.Join('\n', lines) + paused)
            .Context($"Change one with `{Example}`.")
            .Build("Your nudges: " + string.Join(", ", Kinds.Select(k => $"{k.Name} {((enrollment.MutedNudges & k.Flag) == 0 ? "on" : "off")}")));
    }
}
