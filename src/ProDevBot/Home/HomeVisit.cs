namespace ProDevBot.Home;

/// <summary>When a user first opened the bot's Home tab: the first visit gets a welcome.</summary>
public sealed class HomeVisit
{
    public required string UserId { get; init; }
    public DateTimeOffset FirstOpenedAt { get; init; }
    public DateTimeOffset LastOpenedAt { get; set; }
}
