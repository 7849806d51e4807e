using Microsoft.Extensions.Options;
using ProDevBot.Hosting;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Commands;

/// <summary>
/// The one coach check: the `/prodev` dispatcher asks it before a coach-only subcommand or action, the Slack
/// dispatcher before a restricted click or submission; no handler checks again. Anyone not in <c>ProDev:Coaches</c>
/// is told politely, and nothing runs.
/// </summary>
internal sealed class CoachGate(IOptionsMonitor<ProDevOptions> options, ISlackApi slack, TimeProvider clock, ILogger<CoachGate> logger)
    : IInteractionGate
{
    public bool IsCoach(string? userId) => userId is { Length: > 0 } id && options.CurrentValue.IsCoach(id);

    /// <summary>Null for a coach; else the refusal naming <paramref name="what"/> (e.g. "`/prodev report`").</summary>
    public SlackMessage? Refuse(string? userId, string what) => IsCoach(userId) ? null : Replies.CoachesOnly(what);

    public async Task<SlackAnswer?> RefuseAsync(InteractionPayload payload, InteractionRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(route);
        if (Refuse(payload.User?.Id, route.Kind == InteractionKind.BlockAction ? "this button" : "this form") is not { } refusal)
        {
            return null;
        }

        logger.LogInformation("Refused {Kind} {Key} to a user who is not a coach", route.Kind, route.Key);
        if (route.Kind == InteractionKind.ViewSubmission)
        {
            return ViewSubmissionResults.Update(NoticeModal.Build("Coaches only", refusal.Text));
        }

        await ResponseUrlReply.PostAsync(slack, clock, logger, payload.ResponseUrl, refusal, payload.ReceivedAt, cancellationToken);
        return SlackAnswer.Ok;
    }
}
