namespace ProDevBot.Slack.Routing;

/// <summary>
/// What a handler answers Slack, whichever transport carried the request: over HTTP it becomes the response
/// (status, JSON body or plain-text reason); in Socket Mode the JSON body becomes the ack's <c>payload</c>.
/// </summary>
/// <param name="StatusCode">The HTTP status; Socket Mode acks every envelope and only logs a refusal.</param>
/// <param name="Body">A JSON body (serialized with Slack's snake_case options), or null for none.</param>
/// <param name="Reason">The one-line plain-text reason of a refusal; never anything from the request.</param>
public sealed record SlackAnswer(int StatusCode, object? Body = null, string? Reason = null)
{
    /// <summary>An empty 200: acknowledged, nothing to say (closes a modal after a submission).</summary>
    public static SlackAnswer Ok { get; } = new(200);

    /// <summary>A 200 whose body is <paramref name="body"/> as JSON.</summary>
    public static SlackAnswer Json(object body) => new(200, body);

    /// <summary>A refusal with a one-line reason for whoever set the app up.</summary>
    public static SlackAnswer Reject(int statusCode, string reason) => new(statusCode, Reason: reason);

    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
