using System.Text;
using ProDevBot.Slack.Verification;

namespace ProDevBot.Slack.Tests.Verification;

public class SlackSignatureVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_531_420_618);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fweather&text=94070");

    private static string Ts(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static SignatureVerificationResult VerifyAt(DateTimeOffset signedAt, DateTimeOffset now, string secret = Secret) =>
        SlackSignatureVerifier.Verify(secret, Ts(signedAt), SlackSignature.Compute(Secret, Ts(signedAt), Body), Body, now);

    [Fact]
    public void AcceptsCorrectlySignedFreshRequest() =>
        Assert.Equal(SignatureVerificationResult.Valid, VerifyAt(Now, Now));

    [Fact]
    public void MatchesSlacksPublishedExample()
    {
        // The worked example from Slack's "Verifying requests from Slack" page.
        var body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        var signature = SlackSignature.Compute(Secret, "1531420618", body);
        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", signature);
    }

    [Fact]
    public void RejectsRequestOlderThanFiveMinutes() =>
        Assert.Equal(SignatureVerificationResult.Stale, VerifyAt(Now.AddSeconds(-301), Now));

    [Fact]
    public void RejectsRequestMoreThanFiveMinutesInTheFuture() =>
        Assert.Equal(SignatureVerificationResult.Stale, VerifyAt(Now.AddSeconds(301), Now));

    [Fact]
    public void AcceptsRequestExactlyFiveMinutesOldOrAhead()
    {
        Assert.Equal(SignatureVerificationResult.Valid, VerifyAt(Now.AddSeconds(-300), Now));
        Assert.Equal(SignatureVerificationResult.Valid, VerifyAt(Now.AddSeconds(300), Now));
    }

    [Fact]
    public void RejectsSignatureMadeWithAnotherSecret() =>
        Assert.Equal(SignatureVerificationResult.BadSignature, VerifyAt(Now, Now, secret: "another-secret"));

    [Fact]
    public void RejectsBodyTamperedByOneByte()
    {
        var signature = SlackSignature.Compute(Secret, Ts(Now), Body);
        var tampered = (byte[])Body.Clone();
        tampered[^1] ^= 0x01;
        Assert.Equal(SignatureVerificationResult.BadSignature, SlackSignatureVerifier.Verify(Secret, Ts(Now), signature, tampered, Now));
    }

    [Fact]
    public void RejectsSignatureWithUppercaseHexOrWithoutPrefix()
    {
        var signature = SlackSignature.Compute(Secret, Ts(Now), Body);
        Assert.Equal(SignatureVerificationResult.BadSignature, SlackSignatureVerifier.Verify(Secret, Ts(Now), "v0=" + signature[3..].ToUpperInvariant(), Body, Now));
        Assert.Equal(SignatureVerificationResult.BadSignature, SlackSignatureVerifier.Verify(Secret, Ts(Now), signature[3..], Body, Now));
    }

    [Theory]
    [InlineData(null, "v0=abc")]
    [InlineData("1531420618", null)]
    [InlineData("", "")]
    public void RejectsMissingHeaders(string? timestamp, string? signature) =>
        Assert.Equal(SignatureVerificationResult.MissingHeaders, SlackSignatureVerifier.Verify(Secret, timestamp, signature, Body, Now));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-1531420618")]
    [InlineData(" 1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("99999999999999999999999")]
    public void RejectsNonNumericTimestamp(string timestamp) =>
        Assert.Equal(SignatureVerificationResult.MalformedTimestamp, SlackSignatureVerifier.Verify(Secret, timestamp, "v0=abc", Body, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptySecretIsNeverValid(string? secret)
    {
        // Even a "signature" computed with an empty key must not pass: no secret means refuse, never skip.
        var emptyKeySignature = "v0=" + Convert.ToHexStringLower(
            System.Security.Cryptography.HMACSHA256.HashData(Array.Empty<byte>(), Encoding.UTF8.GetBytes($"v0:{Ts(Now)}:").Concat(Body).ToArray()));
        Assert.Equal(SignatureVerificationResult.NoSecret, SlackSignatureVerifier.Verify(secret, Ts(Now), emptyKeySignature, Body, Now));
    }

    [Fact]
    public void DefaultResultIsNotValid() =>
        Assert.NotEqual(SignatureVerificationResult.Valid, default);
}
