using ProDevBot.Commands;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.NetworkLog;

/// <summary>A button with action_id <c>open_log</c> (the Home tab's) opens the networking-log form.</summary>
internal sealed class OpenNetworkLogAction(NetworkLogOpener opener, ISlackApi slack) : IInteractionHandler
{
    public bool CanHandle(InteractionPayload payload) =>
        payload is BlockActionsPayload actions && actions.Actions.Any(a => a.ActionId == NetworkLogIds.OpenAction);

    public async Task<IResult> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        if (payload.User?.Id is not { Length: > 0 } userId || payload.TriggerId is not { Length: > 0 } triggerId)
        {
            return Results.Ok();
        }

        if (await opener.OpenAsync(userId, triggerId, cancellationToken) is { } problem)
        {
            try
            {
                await slack.OpenViewAsync(triggerId, NoticeModal.Build("Networking log", problem), cancellationToken);
            }
            catch (SlackApiException)
            {
                // The trigger expired: the click does nothing, as Slack shows for any late modal.
            }
        }

        return Results.Ok();
    }
}
