using ProDevBot.Slack.Payloads;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Answers interactivity payloads (button clicks, modal submits, …) for the keys it is registered under with
/// <see cref="SlackHandlerServiceCollectionExtensions.AddInteractionHandler{THandler}"/>: exactly one handler per
/// key; a payload whose key nobody registered gets an empty 200.
/// </summary>
public interface IInteractionHandler
{
    /// <summary>
    /// The answer is the HTTP response or the Socket Mode ack's payload: <see cref="SlackAnswer.Ok"/> (closes a
    /// modal) or a <c>response_action</c> JSON (<see cref="ViewSubmissionResults"/>). It must come back within Slack's 3 s; queue slow work.
    /// </summary>
    Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken);
}
