namespace ProDevBot.Outbox;

/// <summary>Whether the bot can still send to Slack; set when Slack refuses the token itself.</summary>
public sealed class SlackDeliveryState
{
    private volatile string? _problem;

    /// <summary>Why sending stopped (e.g. "token_revoked"), or null while it works.</summary>
    public string? Problem => _problem;

    public void Stop(string problem) => _problem = problem;
}
