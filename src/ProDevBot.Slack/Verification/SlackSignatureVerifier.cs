using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ProDevBot.Slack.Verification;

/// <summary>
/// Decides whether a request really comes from Slack. Pure: the clock is a parameter, nothing is logged.
/// Reference: https://api.slack.com/authentication/verifying-requests-from-slack
/// </summary>
public static class SlackSignatureVerifier
{
    /// <summary>Slack's replay window: requests further than this from now, either way, are refused.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(300);

    /// <param name="signingSecret">The app's signing secret. Null or blank never skips the check: it fails it.</param>
    /// <param name="timestampHeader">Value of <c>X-Slack-Request-Timestamp</c> (Unix seconds).</param>
    /// <param name="signatureHeader">Value of <c>X-Slack-Signature</c> (<c>v0=</c> + lowercase hex).</param>
    /// <param name="body">The raw body bytes exactly as received, before any parsing.</param>
    /// <param name="now">The current instant, from <see cref="TimeProvider"/>.</param>
    public static SignatureVerificationResult Verify(
        string? signingSecret,
        string? timestampHeader,
        string? signatureHeader,
        ReadOnlySpan<byte> body,
        DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(signingSecret))
        {
            return SignatureVerificationResult.NoSecret;
        }

        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader))
        {
            return SignatureVerificationResult.MissingHeaders;
        }

        // NumberStyles.None: digits only, so " 123", "+123" and "-5" are malformed rather than quietly accepted.
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureVerificationResult.MalformedTimestamp;
        }

        // seconds is non-negative, so the difference cannot overflow.
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > (long)MaxClockSkew.TotalSeconds)
        {
            return SignatureVerificationResult.Stale;
        }

        var expected = Encoding.ASCII.GetBytes(
            SlackSignature.Prefix +
            Convert.ToHexStringLower(SlackSignature.ComputeHmac(Encoding.UTF8.GetBytes(signingSecret), timestampHeader, body)));

        // Compare bytes, not strings: a non-ASCII header must not be folded into a match, and timing must not leak.
        var actual = Encoding.UTF8.GetBytes(signatureHeader);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? SignatureVerificationResult.Valid
            : SignatureVerificationResult.BadSignature;
    }
}
