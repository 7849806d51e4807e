using Microsoft.EntityFrameworkCore;
using ProDevBot.Commands;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Reports;

/// <summary>`/prodev digest on|off`: a coach turns the Friday at-risk digest on or off.</summary>
internal sealed class DigestCommand(ProDevDbContext db) : IProDevSubcommand
{
    public const string Example = "/prodev digest off";
    public const string HelpLine = "turn your Friday at-risk digest off or on";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var setting = await db.CoachSettings.FirstOrDefaultAsync(s => s.CoachId == context.UserId, cancellationToken);
        var onOff = context.Args.Count == 1 ? context.Args[0].ToLowerInvariant() : null;
        if (onOff is not ("on" or "off"))
        {
            return Replies.Mistake($"Your Friday digest is {(setting?.DigestOff == true ? "off" : "on")}. Say `on` or `off` to change it.", Example);
        }

        if (setting is null)
        {
            setting = new CoachSetting { CoachId = context.UserId };
            db.CoachSettings.Add(setting);
        }

        setting.DigestOff = onOff == "off";
        await db.SaveChangesAsync(cancellationToken);
        return Replies.Text(setting.DigestOff
            ? "Friday digest off. `/prodev report` still shows every cohort any time."
            : "Friday digest on: each Friday at noon in the cohort's zone, the students who need a word.");
    }
}
