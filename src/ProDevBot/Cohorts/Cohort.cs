using ProDevBot.Nudges;

namespace ProDevBot.Cohorts;

/// <summary>
/// A group of students taking one module together. The id is Turing's YYMM naming (e.g. "2511");
/// <see cref="StartsOn"/> is the Monday of week 1 in the cohort's own time zone.
/// </summary>
public sealed class Cohort
{
    public required string Id { get; init; }
    public int Module { get; set; }
    public DateOnly StartsOn { get; set; }
    public required string TimeZone { get; set; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The cohort's Slack channel, whose members form the roster; null until a coach links one.</summary>
    public string? ChannelId { get; set; }

    /// <summary>Local time of the Monday kickoff DM.</summary>
    public TimeOnly KickoffAt { get; set; } = NudgeDefaults.Kickoff;

    /// <summary>Local time of the Wednesday reminder before the 1 pm group.</summary>
    public TimeOnly GroupReminderAt { get; set; } = NudgeDefaults.GroupReminder;

    /// <summary>Local time of deadline reminders, the day before a due date.</summary>
    public TimeOnly DeadlineReminderAt { get; set; } = NudgeDefaults.DeadlineReminder;

    public List<CohortPause> Pauses { get; } = [];

    public List<Enrollment> Enrollments { get; } = [];
}
