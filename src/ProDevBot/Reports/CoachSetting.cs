namespace ProDevBot.Reports;

/// <summary>A coach's choices; a coach without a row gets the Friday digest.</summary>
public sealed class CoachSetting
{
    public required string CoachId { get; init; }
    public bool DigestOff { get; set; }
}
