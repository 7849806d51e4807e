using System.Security.Cryptography;
using System.Text;

namespace ProDevBot.Slack.Verification;

/// <summary>
/// Computes Slack's request signature: <c>v0=</c> + lowercase hex of HMAC-SHA256(secret, <c>v0:{timestamp}:{body}</c>).
/// Used by the verifier and by tests and benchmarks that need to sign requests the way Slack does.
/// Reference: https://api.slack.com/authentication/verifying-requests-from-slack
/// </summary>
public static class SlackSignature
{
    /// <summary>The version prefix Slack puts before the hex digest.</summary>
    public const string Prefix = "v0=";

    /// <summary>Signs the exact body bytes as received.</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        return Prefix + Convert.ToHexStringLower(ComputeHmac(Encoding.UTF8.GetBytes(secret), timestamp, body));
    }

    /// <summary>Signs a UTF-8 body; a convenience for tests that build bodies as strings.</summary>
    public static string Compute(string secret, string timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Compute(secret, timestamp, Encoding.UTF8.GetBytes(body));
    }

    internal static byte[] ComputeHmac(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        // Hash the pieces of the base string incrementally: the body is never re-encoded or copied.
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData("v0:"u8);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp));
        hmac.AppendData(":"u8);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
