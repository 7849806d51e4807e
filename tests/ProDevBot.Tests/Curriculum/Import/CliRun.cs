namespace ProDevBot.Tests.Curriculum.Import;

/// <summary>What a curriculum verb returned and printed.</summary>
internal sealed record CliRun(int Exit, string Output, string Error);
