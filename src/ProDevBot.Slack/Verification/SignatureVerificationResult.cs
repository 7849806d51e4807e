namespace ProDevBot.Slack.Verification;

/// <summary>
/// Outcome of checking a request's Slack signature. Only <see cref="Valid"/> lets a request through.
/// Zero is a failure on purpose, so a default or uninitialised value never reads as valid.
/// </summary>
public enum SignatureVerificationResult
{
    /// <summary>No signing secret is configured; every request is refused rather than let through unchecked.</summary>
    NoSecret = 0,

    /// <summary><c>X-Slack-Request-Timestamp</c> or <c>X-Slack-Signature</c> is absent or empty.</summary>
    MissingHeaders,

    /// <summary>The timestamp is not a plain non-negative count of Unix seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is more than 300 s away from now, in either direction (replay protection).</summary>
    Stale,

    /// <summary>The signature does not match the body, timestamp and secret.</summary>
    BadSignature,

    /// <summary>The request is from Slack and fresh.</summary>
    Valid,
}
