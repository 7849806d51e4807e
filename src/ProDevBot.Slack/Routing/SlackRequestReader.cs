using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProDevBot.Slack.Verification;

namespace ProDevBot.Slack.Routing;

/// <summary>
/// Reads a request body once, capped, and checks its Slack signature against those exact bytes.
/// Every Slack endpoint goes through here before any parsing, so no handler can see an unverified request.
/// </summary>
internal static class SlackRequestReader
{
    /// <summary>Slack's payloads are a few kB; a view submission stays well under this.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>
    /// Returns the verified body, or the answer to send instead. <paramref name="answerUnverified"/> may answer a
    /// request before its signature is checked (Slack's <c>ssl_check</c>, which it may not sign); it sees the capped body.
    /// </summary>
    public static async Task<(byte[]? Body, IResult? Answer)> ReadVerifiedAsync(
        HttpContext context, ILogger logger, Func<HttpRequest, byte[], IResult?>? answerUnverified = null)
    {
        var request = context.Request;
        var secret = context.RequestServices.GetRequiredService<IOptionsMonitor<SlackOptions>>().CurrentValue.SigningSecret;
        if (string.IsNullOrWhiteSpace(secret) && answerUnverified is null)
        {
            // Checked first so a misconfigured bot answers every request the same way, whatever its size.
            return (null, Unauthorized(SignatureVerificationResult.NoSecret, request, logger));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        var body = await ReadCappedAsync(request.Body, context.RequestAborted);
        if (body is null)
        {
            return (null, TooLarge());
        }

        if (answerUnverified?.Invoke(request, body) is { } early)
        {
            return (null, early);
        }

        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var result = SlackSignatureVerifier.Verify(
            secret, request.Headers[TimestampHeader], request.Headers[SignatureHeader], body, now);

        if (result == SignatureVerificationResult.Valid)
        {
            return (body, null);
        }

        return (null, Unauthorized(result, request, logger));
    }

    private static IResult Unauthorized(SignatureVerificationResult result, HttpRequest request, ILogger logger)
    {
        // The reason only: never the body, the received signature or anything derived from the secret.
        logger.LogWarning("Refused a Slack request to {Path}: {Reason}", request.Path, result);
        return SlackResults.ToHttp(SlackAnswer.Reject(StatusCodes.Status401Unauthorized, Describe(result)));
    }

    private static IResult TooLarge() =>
        SlackResults.ToHttp(SlackAnswer.Reject(StatusCodes.Status413PayloadTooLarge, $"Request body is larger than {MaxBodyBytes} bytes."));

    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        // Read at most one byte past the cap: enough to know the body is too large without buffering it all.
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    internal static string Describe(SignatureVerificationResult result) => result switch
    {
        SignatureVerificationResult.NoSecret => "Slack:SigningSecret is not configured.",
        SignatureVerificationResult.MissingHeaders => $"Missing {TimestampHeader} or {SignatureHeader} header.",
        SignatureVerificationResult.MalformedTimestamp => $"{TimestampHeader} is not a Unix time in seconds.",
        SignatureVerificationResult.Stale => $"{TimestampHeader} is more than 5 minutes from the server's clock.",
        _ => "Signature does not match.",
    };
}
