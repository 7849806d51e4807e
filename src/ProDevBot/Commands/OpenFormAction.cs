using ProDevBot.Outbox;
using ProDevBot.Slack.Blocks;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Commands;

/// <summary>
/// A button (the Home tab's) that opens a form. When the form can't open (no cohort, say), a small notice modal
/// says why, since a Home tab has no channel for an ephemeral reply. When not even that opens (Slack busy, the
/// trigger gone), the reason goes to the student's DM with the bot, so the click never fails silently.
/// </summary>
internal abstract class OpenFormAction(ISlackApi slack, OutboxWriter outbox, TimeProvider clock, string noticeTitle)
    : IInteractionHandler
{
    // A "try again" older than this is noise, not help.
    private static readonly TimeSpan NoticeUsefulFor = TimeSpan.FromMinutes(10);

    public async Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.User?.Id is not { Length: > 0 } userId || payload.TriggerId is not { Length: > 0 } triggerId)
        {
            return SlackAnswer.Ok;
        }

        var budget = SlackCallBudget.ForRequest(payload.ReceivedAt);
        if (await OpenAsync(userId, triggerId, budget, cancellationToken) is not { } problem)
        {
            return SlackAnswer.Ok;
        }

        try
        {
            await slack.OpenViewAsync(triggerId, NoticeModal.Build(noticeTitle, problem), budget, cancellationToken);
        }
        catch (SlackApiException)
        {
            var envelope = new OutboxEnvelope($"form-notice:{userId}:{triggerId}", "form-notice", userId, SlackMessage.Ephemeral(problem))
            {
                NotAfter = clock.GetUtcNow() + NoticeUsefulFor,
            };
            await outbox.EnqueueAsync(envelope, cancellationToken);
        }

        return SlackAnswer.Ok;
    }

    /// <summary>Opens the form within <paramref name="budget"/>; returns why it could not, or null.</summary>
    protected abstract Task<string?> OpenAsync(string userId, string triggerId, SlackCallBudget budget, CancellationToken cancellationToken);
}
