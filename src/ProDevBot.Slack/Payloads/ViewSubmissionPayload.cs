namespace ProDevBot.Slack.Payloads;

/// <summary>
/// A modal's submit button. Answer empty 200 to close it, or a <c>response_action</c> (errors/update/push/clear).
/// Reference: https://api.slack.com/reference/interaction-payloads/views#view_submission
/// </summary>
public sealed record ViewSubmissionPayload : InteractionPayload
{
    public required SlackView View { get; init; }
}
