namespace ProDevBot.Curriculum;

/// <summary>Which Wednesday discussion group meets in a week.</summary>
public enum GroupKind
{
    None,
    Homeroom,
    MixItUp,
}
