namespace ProDevBot.Outbox;

/// <summary>
/// Whether the bot can send to Slack: stopped when Slack refuses the token itself, resumed by
/// <see cref="SlackDeliveryProbe"/> once auth.test accepts it again.
/// </summary>
public sealed class SlackDeliveryState
{
    private volatile string? _problem;

    /// <summary>Why sending stopped (e.g. "token_revoked"), or null while it works.</summary>
    public string? Problem => _problem;

    /// <returns>True for the call that stopped it (the others of a batch find it stopped already).</returns>
    public bool Stop(string problem) => Interlocked.Exchange(ref _problem, problem) is null;

    public void Resume() => _problem = null;
}
