namespace ProDevBot.Slack.WebApi;

/// <summary>A Slack Web API call that failed: the method, Slack's error code and what kind of failure it is. Never carries the token.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string error, SlackErrorKind kind, TimeSpan? retryAfter = null, Exception? inner = null)
        : base($"Slack {method} failed: {error}", inner)
    {
        Method = method;
        Error = error;
        Kind = kind;
        RetryAfter = retryAfter;
    }

    public SlackApiException()
        : this("unknown", "unknown", SlackErrorKind.Transient)
    {
    }

    public SlackApiException(string message)
        : this("unknown", message, SlackErrorKind.Transient)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : this("unknown", message, SlackErrorKind.Transient, null, innerException)
    {
    }

    public string Method { get; }

    /// <summary>Slack's error code (<c>channel_not_found</c>), or <c>http_503</c>, <c>timeout</c>, <c>connection_failed</c>.</summary>
    public string Error { get; }

    public SlackErrorKind Kind { get; }

    /// <summary>When Slack said how long to wait (429 Retry-After).</summary>
    public TimeSpan? RetryAfter { get; }
}
