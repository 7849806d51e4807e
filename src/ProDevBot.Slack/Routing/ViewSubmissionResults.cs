namespace ProDevBot.Slack.Routing;

/// <summary>
/// Answers to a <c>view_submission</c> (https://api.slack.com/surfaces/modals#responding_to_submissions): an empty 200
/// closes the modal; <c>errors</c> shows each message under the input block whose <c>block_id</c> is its key.
/// </summary>
public static class ViewSubmissionResults
{
    public static SlackAnswer Close() => SlackAnswer.Ok;

    public static SlackAnswer Errors(IReadOnlyDictionary<string, string> errors) =>
        SlackAnswer.Json(new ErrorsReply("errors", errors));

    private sealed record ErrorsReply(string ResponseAction, IReadOnlyDictionary<string, string> Errors);
}
