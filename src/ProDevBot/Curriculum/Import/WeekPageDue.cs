namespace ProDevBot.Curriculum.Import;

/// <summary>A due phrase in a week page's due-date section, with the line it is on and the sentence around it.</summary>
internal sealed record WeekPageDue(int Line, string Sentence, DuePhrase Phrase)
{
    public bool IsExitTicket => Sentence.Contains("exit ticket", StringComparison.OrdinalIgnoreCase);
}
