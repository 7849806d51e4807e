namespace ProDevBot.Slack.Routing;

/// <summary>
/// Answers to a <c>view_submission</c> (https://api.slack.com/surfaces/modals#responding_to_submissions): an empty 200
/// closes the modal; <c>update</c> replaces it; <c>errors</c> shows each message under the input block whose <c>block_id</c> is its key.
/// </summary>
public static class ViewSubmissionResults
{
    public static SlackAnswer Close() => SlackAnswer.Ok;

    public static SlackAnswer Errors(IReadOnlyDictionary<string, string> errors) =>
        SlackAnswer.Json(new ErrorsReply("errors", errors));

    /// <summary><c>update</c>: replaces the submitted modal with <paramref name="view"/> (a notice, say).</summary>
    public static SlackAnswer Update(Blocks.SlackViewDefinition view) =>
        SlackAnswer.Json(new UpdateReply("update", view));

    private sealed record UpdateReply(string ResponseAction, Blocks.SlackViewDefinition View);

    private sealed record ErrorsReply(string ResponseAction, IReadOnlyDictionary<string, string> Errors);
}
