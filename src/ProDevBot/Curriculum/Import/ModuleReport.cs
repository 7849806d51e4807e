namespace ProDevBot.Curriculum.Import;

/// <summary>The report for one module. Every skipped item carries the page, the line and the reason.</summary>
internal sealed class ModuleReport(int number)
{
    public int Number { get; } = number;

    public List<string> Read { get; } = [];

    public List<string> Skipped { get; } = [];

    public List<string> Notes { get; } = [];

    public (int Weeks, int Deliverables, int Outcomes, int Targets)? Counts { get; set; }

    public void Skip(string page, int? line, string reason) =>
        Skipped.Add(line is null ? $"{page}: {reason}" : $"{page}:{line}: {reason}");

    public void Note(string text) => Notes.Add(text);

    /// <summary>A sentence quoted in the report, cut to one readable line.</summary>
    public static string Short(string text) => text.Length <= 80 ? text : text[..77] + "...";

    public void WriteTo(TextWriter writer)
    {
        var counts = Counts is { } c
            ? $"{c.Weeks} weeks, {c.Deliverables} deliverables, {c.Outcomes} outcome statements, {c.Targets} target levels"
            : "not written";
        writer.WriteLine($"Module {Number}: {counts}");
        if (Read.Count > 0)
        {
            writer.WriteLine($"  read: {string.Join(", ", Read)}");
        }

        foreach (var note in Notes)
        {
            writer.WriteLine($"  note: {note}");
        }

        writer.WriteLine($"  skipped ({Skipped.Count}):");
        foreach (var skipped in Skipped)
        {
            writer.WriteLine($"    {skipped}");
        }
    }
}
