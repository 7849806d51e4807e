namespace ProDevBot.Curriculum;

/// <summary>
/// A curriculum file that cannot be loaded. The message names the file, the path inside it
/// (e.g. <c>weeks[2].group</c>) and the reason, because it is what an editor sees when start-up stops.
/// </summary>
public sealed class CurriculumException : Exception
{
    public CurriculumException()
    {
    }

    public CurriculumException(string message)
        : base(message)
    {
    }

    public CurriculumException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CurriculumException(string fileName, string? path, long? line, string reason, Exception? innerException = null)
        : base(Format(fileName, path, line, reason), innerException)
    {
        FileName = fileName;
        PathInFile = path;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file (or, for folder-level problems, the folder) at fault.</summary>
    public string? FileName { get; }

    /// <summary>Where in the file, as <c>weeks[2].group</c>; null when the whole file is at fault.</summary>
    public string? PathInFile { get; }

    /// <summary>1-based line of the offending node, when known.</summary>
    public long? Line { get; }

    public string? Reason { get; }

    private static string Format(string fileName, string? path, long? line, string reason)
    {
        var where = (path, line) switch
        {
            ({ Length: > 0 }, not null) => $"{path} (line {line})",
            ({ Length: > 0 }, null) => path,
            (_, not null) => $"line {line}",
            _ => null,
        };
        return where is null ? $"{fileName}: {reason}" : $"{fileName}: {where}: {reason}";
    }
}
