namespace ProDevBot.Curriculum.Import;

/// <summary>
/// A due phrase found in a page's text. Exactly one of <see cref="Due"/>, <see cref="DayOfEachWeek"/>
/// and <see cref="Problem"/> is set: a due point, a rule for a list of weekly items ("EOD Friday of the
/// respective week"), or the reason the phrase names no due point the bot can use.
/// </summary>
internal sealed record DuePhrase(int Start, string Text, DuePoint? Due, DayOfWeek? DayOfEachWeek, string? Problem);
