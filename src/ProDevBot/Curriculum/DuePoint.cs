namespace ProDevBot.Curriculum;

/// <summary>A deadline as the curriculum writes it: end of day on a weekday of a module week ("EOD Friday of week 5").</summary>
public readonly record struct DuePoint(int Week, DayOfWeek Day)
{
    public override string ToString() => $"{Day} of week {Week}";
}
