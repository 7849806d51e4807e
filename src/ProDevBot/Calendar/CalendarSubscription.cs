namespace ProDevBot.Calendar;

/// <summary>
/// One private calendar link. Only a SHA-256 of its token is kept, so a copy of the database opens no calendar;
/// the token itself exists only in the reply that handed it out.
/// </summary>
public sealed class CalendarSubscription
{
    /// <summary>Lowercase hex SHA-256 of the token.</summary>
    public required string TokenHash { get; init; }

    /// <summary>The Slack user the link was given to.</summary>
    public required string UserId { get; init; }

    /// <summary>Which calendar: <see cref="CalendarFeeds.Student"/> (their own cohort, whichever it is) or a coach's "cohort:{id}".</summary>
    public required string Feed { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
