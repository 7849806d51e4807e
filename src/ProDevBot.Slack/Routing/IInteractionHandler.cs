using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Answers interactivity payloads (button clicks, modal submits, …). The first registered handler whose
/// <see cref="CanHandle"/> returns true gets the payload; when none does, Slack gets an empty 200.
/// Register with <see cref="SlackHandlerServiceCollectionExtensions.AddInteractionHandler{THandler}"/>.
/// </summary>
public interface IInteractionHandler
{
    /// <summary>Cheap test on the payload (type, action_id, callback_id); no I/O.</summary>
    bool CanHandle(InteractionPayload payload);

    /// <summary>
    /// The answer is the HTTP response or the Socket Mode ack's payload: <see cref="SlackAnswer.Ok"/> (closes a
    /// modal) or a <c>response_action</c> JSON (<see cref="ViewSubmissionResults"/>). It must come back within Slack's 3 s; queue slow work.
    /// </summary>
    Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken);
}
