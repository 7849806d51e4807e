using ProDevBot.Outbox;
using System.Globalization;
using ProDevBot.Cohorts;
using ProDevBot.Commands;
using ProDevBot.Curriculum;
using ProDevBot.Data;
using ProDevBot.Slack.Blocks;

namespace ProDevBot.Nudges;

/// <summary>`/prodev cohort nudge &lt;id&gt; kickoff|group|deadlines`: send this week's nudge now, through the outbox.</summary>
internal sealed class CohortNudgeAction(ProDevDbContext db, CurriculumCatalog curriculum, NudgeRunner runner, OutboxWriter outbox, TimeProvider clock) : IProDevSubcommand
{
    public const string Example = "/prodev cohort nudge 2603 group";
    public const string HelpLine = "send this week's kickoff, group or deadlines nudge now";

    public async Task<SlackMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (cohort, problem) = await CohortLookup.FindAsync(db, context.Args, Example, cancellationToken);
        if (cohort is null)
        {
            return problem!;
        }

        if (context.Args.Count != 2 || NudgeChoice.ParseKind(context.Args[1]) is not { } kind)
        {
            return Replies.Mistake("Say which nudge to send now: kickoff, group or deadlines.", Example);
        }

        var module = curriculum.Find(cohort.Module)!;
        var now = clock.GetUtcNow();
        if (NudgeChoice.Pick(NudgeCalendar.For(cohort, module), kind, null, cohort, now) is not { } occurrence)
        {
            return Replies.Text($"Cohort *{cohort.Id}* has no {context.Args[1].ToLowerInvariant()} nudge to send now (no group this week, nothing still due, or the module is not running).");
        }

        // A key of its own, to the minute: a coach's resend goes out even when the scheduled one already did,
        // but a double click does not send twice.
        var prefix = $"manual-{now.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}-";
        var envelopes = await runner.EnvelopesAsync(cohort, module, occurrence, prefix, cancellationToken);
        var added = await outbox.EnqueueAsync(envelopes.Select(e => e with { NotBefore = now, NotAfter = now.AddHours(6) }), cancellationToken);
        return Replies.Text(added == 0 && envelopes.Count == 0
            ? $"Nobody in cohort *{cohort.Id}* is due this nudge (everyone paused, muted, or already done)."
            : $"Sending the week {occurrence.Week} {context.Args[1].ToLowerInvariant()} nudge to {envelopes.Count} student{(envelopes.Count == 1 ? "" : "s")} of cohort *{cohort.Id}* now.");
    }
}
