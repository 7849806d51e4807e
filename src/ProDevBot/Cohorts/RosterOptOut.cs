namespace ProDevBot.Cohorts;

/// <summary>
/// A student who left (`/prodev leave`) or was forgotten (`/prodev forget-me`): the roster sync does not add them back
/// from their channel. Only the user id is kept; `/prodev join` deletes the row.
/// </summary>
public sealed class RosterOptOut
{
    public required string StudentId { get; init; }
}
