namespace ProDevBot.Web.SignIn;

/// <summary>
/// A one-time sign-in link handed to a coach by `/prodev web`. Only the SHA-256 of the token is stored, so the table
/// never holds a usable link.
/// </summary>
public sealed class SignInLink
{
    public long Id { get; init; }

    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public required string TokenHash { get; init; }

    /// <summary>The Slack user id of the coach who asked for the link.</summary>
    public required string CoachId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When the link was opened; a link is good once.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
