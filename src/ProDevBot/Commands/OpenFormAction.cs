using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Commands;

/// <summary>
/// A button (the Home tab's) that opens a form. When the form can't open (no cohort, say), a small notice modal
/// says why, since a Home tab has no channel for an ephemeral reply.
/// </summary>
internal abstract class OpenFormAction(ISlackApi slack, string actionId, string noticeTitle) : IInteractionHandler
{
    public bool CanHandle(InteractionPayload payload) =>
        payload is BlockActionsPayload actions && actions.Actions.Any(a => a.ActionId == actionId);

    public async Task<IResult> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        if (payload.User?.Id is not { Length: > 0 } userId || payload.TriggerId is not { Length: > 0 } triggerId)
        {
            return Results.Ok();
        }

        if (await OpenAsync(userId, triggerId, cancellationToken) is { } problem)
        {
            try
            {
                await slack.OpenViewAsync(triggerId, NoticeModal.Build(noticeTitle, problem), cancellationToken);
            }
            catch (SlackApiException)
            {
                // The trigger expired: the click simply does nothing, as Slack would show for any late modal.
            }
        }

        return Results.Ok();
    }

    /// <summary>Opens the form; returns why it could not, or null.</summary>
    protected abstract Task<string?> OpenAsync(string userId, string triggerId, CancellationToken cancellationToken);
}
