namespace ProDevBot.Curriculum.Import;

/// <summary>
/// A deliverable as the site gives it. <see cref="EachWeek"/> is set for one of a weekly series
/// ("Week 3 Exit Ticket" under "EOD Friday of the respective week"), whose week page may state its due point.
/// </summary>
internal sealed record SiteDeliverable(string Title, DuePoint Due, string? Link, int? EachWeek, int Line);
