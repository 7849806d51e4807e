using ProDevBot.Commands;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.WebApi;

namespace ProDevBot.Reflections;

/// <summary>A button with action_id <c>open_reflect</c> (the Home tab's) opens this week's reflection form.</summary>
internal sealed class OpenReflectionAction(ReflectionOpener opener, ISlackApi slack) : IInteractionHandler
{
    public bool CanHandle(InteractionPayload payload) =>
        payload is BlockActionsPayload actions && actions.Actions.Any(a => a.ActionId == ReflectionIds.OpenAction);

    public async Task<IResult> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        if (payload.User?.Id is not { Length: > 0 } userId || payload.TriggerId is not { Length: > 0 } triggerId)
        {
            return Results.Ok();
        }

        if (await opener.OpenAsync(userId, triggerId, null, cancellationToken) is { } problem)
        {
            try
            {
                await slack.OpenViewAsync(triggerId, NoticeModal.Build("Reflection", problem), cancellationToken);
            }
            catch (SlackApiException)
            {
                // The trigger expired: the click simply does nothing, as Slack would show for any late modal.
            }
        }

        return Results.Ok();
    }
}
