namespace ProDevBot.Slack.Routing;

/// <summary>The answer to Slack's <c>url_verification</c>: the challenge echoed back.</summary>
internal sealed record UrlVerificationReply(string Challenge);
