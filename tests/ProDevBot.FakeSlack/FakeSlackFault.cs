namespace ProDevBot.FakeSlack;

/// <summary>
/// A forced answer: <see cref="Error"/> as <c>ok:false</c> (or HTTP 429 when <see cref="Status"/> is 429, any other
/// status as that HTTP error) for <see cref="Method"/> (null: every method) and <see cref="Channel"/> (null: any),
/// for the next <see cref="Times"/> matching calls (null: until cleared).
/// </summary>
public sealed record FakeSlackFault(string Error, string? Method = null, string? Channel = null, int? Times = null, int Status = 200)
{
    public bool Matches(string method, string? channel) =>
        (Method is null || Method == method) && (Channel is null || Channel == channel);
}
