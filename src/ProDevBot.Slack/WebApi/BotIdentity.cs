namespace ProDevBot.Slack.WebApi;

/// <summary>What auth.test answers for a working token (https://api.slack.com/methods/auth.test).</summary>
public sealed record BotIdentity(string? TeamId, string? UserId, string? BotId);
