namespace ProDevBot.Slack.Payloads;

/// <summary>
/// A view (modal or Home tab) as Slack sends it back in interaction payloads.
/// Reference: https://api.slack.com/reference/interaction-payloads/views
/// </summary>
public sealed record SlackView
{
    public string Id { get; init; } = "";

    /// <summary><c>modal</c> or <c>home</c>.</summary>
    public string? Type { get; init; }
    public string? CallbackId { get; init; }

    /// <summary>Context carried from open to submit (at most 3000 chars).</summary>
    public string? PrivateMetadata { get; init; }
    public string? Hash { get; init; }

    /// <summary>Input values; absent when the view has no inputs.</summary>
    public ViewState? State { get; init; }
}
