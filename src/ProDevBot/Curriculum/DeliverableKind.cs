namespace ProDevBot.Curriculum;

/// <summary>How a deliverable is handed in: ticked off, or a link (e.g. a LinkedIn profile URL).</summary>
public enum DeliverableKind
{
    Checklist,
    Link,
}
