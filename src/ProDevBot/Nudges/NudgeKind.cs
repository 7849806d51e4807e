namespace ProDevBot.Nudges;

/// <summary>The messages the bot sends on the cohort's clock.</summary>
public enum NudgeKind
{
    /// <summary>Monday of weeks 1–6: the week's plan.</summary>
    Kickoff,

    /// <summary>Wednesday, before the 1 pm Homeroom or Mix It Up group.</summary>
    Group,

    /// <summary>The day before a due date, to students who have not marked those deliverables done.</summary>
    Deadline,

    /// <summary>Two days before the end-of-module self-evaluation is due, to those who have not done it.</summary>
    SelfEvaluation,

    /// <summary>Friday noon, to each coach: who in the cohort needs a word.</summary>
    CoachDigest,
}
