namespace ProDevBot.Curriculum;

/// <summary>
/// Spots UTF-8 text that was decoded as Windows-1252/Latin-1 somewhere on its way (the seed page has
/// "â€™" for an apostrophe), and the replacement character left by bytes that were not UTF-8 at all.
/// </summary>
internal static class Mojibake
{
    private static readonly string[] Sequences = ["â€", "Ã", "\uFFFD"];

    public static string? Find(string text) =>
        Sequences.FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
}
