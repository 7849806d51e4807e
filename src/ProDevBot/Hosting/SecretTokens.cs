using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ProDevBot.Hosting;

/// <summary>
/// Secrets handed out in links (calendar feeds, coach sign-in): 256 random bits as 43 base64url characters. A presented token is hashed and the hash looked up
/// by key, so no comparison of the secret itself happens, in code or in SQL, whose time could leak how much matched.
/// </summary>
public static class SecretTokens
{
    private const int Bytes = 32;
    private const int Length = 43; // base64url of 32 bytes, unpadded

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether the text could be a token at all; anything else is turned away before the database.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
